/**
 * Where the mock OAuth page may send the browser back to. Only local
 * http(s) pages: the simulator must never become an open redirector.
 */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isAllowedRedirectUri(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
}

/**
 * Appends `code` and `state` to the query, before any `#fragment`, as WeChat
 * does. SPA redirect URIs look like `http://host/#/pages/login/index`; the
 * result must be `http://host/?code=…&state=…#/pages/login/index` so the
 * page can read the code from `location.search`. The rest of the URI is kept
 * byte for byte (no re-encoding by URL).
 */
export function withCodeAndState(uri: string, code: string, state: string): string {
  const hashAt = uri.indexOf('#');
  const beforeHash = hashAt === -1 ? uri : uri.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : uri.slice(hashAt);
  const added = `code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`;
  const joiner = !beforeHash.includes('?') ? '?' : beforeHash.endsWith('?') || beforeHash.endsWith('&') ? '' : '&';
  return `${beforeHash}${joiner}${added}${hash}`;
}
