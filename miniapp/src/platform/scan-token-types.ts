import { tokenFromPageParams, tokenFromUrl } from '@/utils/qr';

/** What a scan gave: a token, nothing (cancelled), a code that is not ours, or no camera (H5). */
export type ScanTokenResult =
  | { kind: 'token'; token: string }
  | { kind: 'cancelled' }
  | { kind: 'foreign' }
  | { kind: 'unsupported' };

/**
 * The token of a scanned code: this mini-program's own code comes with `path`
 * (`pages/qr/index?scene=…`), a printed poster or envelope code with its URL `…/q/<token>` in `result`.
 */
export function tokenFromScan(path: string | undefined, result: string | undefined): string | null {
  if (path) {
    const query = path.split('?')[1] ?? '';
    const params: Record<string, string> = {};
    for (const pair of query.split('&')) {
      const [key, value] = pair.split('=');
      if (key && value !== undefined) params[key] = value;
    }
    const token = tokenFromPageParams({ token: params.token, scene: params.scene, q: params.q });
    if (token) return token;
  }
  return result ? tokenFromUrl(result) : null;
}
