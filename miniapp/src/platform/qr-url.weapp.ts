import { PUBLIC_H5_URL } from '@/config';

/** A mini-program has no host of its own: the published H5 one, whose /q/ prefix WeChat maps back to us. */
export function qrUrl(token: string): string {
  return `${PUBLIC_H5_URL}/q/${encodeURIComponent(token)}`;
}
