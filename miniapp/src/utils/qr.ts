/** A QR token: ≤ 32 characters so it also fits a mini-program code `scene`. */
export const QR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{4,32}$/;

export function isQrToken(value: unknown): value is string {
  return typeof value === 'string' && QR_TOKEN_PATTERN.test(value);
}

/** decodeURIComponent that never throws (a malformed `%` sequence gives null). */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** The token of a poster URL `https://host/q/<token>` (query or hash after it allowed). */
export function tokenFromUrl(url: string): string | null {
  const match = /\/q\/([A-Za-z0-9_-]{4,32})\/?(?:[?#].*)?$/.exec(url.trim());
  return match?.[1] ?? null;
}

export interface QrPageParams {
  token?: string;
  scene?: string;
  q?: string;
}

/**
 * What the qr page was opened with: `token` (H5 deep link), `scene` (a mini-program code,
 * URL-encoded by WeChat, possibly twice) or `q` (a scanned plain URL, URL-encoded).
 */
export function tokenFromPageParams(params: QrPageParams): string | null {
  if (params.token) {
    const token = safeDecode(params.token);
    return isQrToken(token) ? token : null;
  }
  if (params.scene) {
    let scene: string | null = params.scene;
    for (let i = 0; i < 2 && scene && scene.includes('%'); i += 1) scene = safeDecode(scene);
    return isQrToken(scene) ? scene : null;
  }
  if (params.q) {
    const url = safeDecode(params.q);
    return url ? tokenFromUrl(url) : null;
  }
  return null;
}
