/** A browser has no WeChat privacy check: nothing to show. */
export function PrivacyPrompt() {
  return null;
}
