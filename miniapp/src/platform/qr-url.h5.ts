/** Served from the host the code must open, so a phone camera lands on this very app. */
export function qrUrl(token: string): string {
  return `${window.location.origin}/q/${encodeURIComponent(token)}`;
}
