import { type Connection } from 'mongoose';
import { parseWindowQrTarget } from '@onetrip/shared';
import { readGroup } from './groups.service';

/**
 * Whether a window code's target (`zonghe`, or `zonghe:A03`) names a group
 * that exists and, when a window is named, one of its windows. Registered
 * with the catalog (`app.qrTargets`) for POST /admin/qrcodes of kind `window`.
 */
export async function windowQrTargetExists(conn: Connection, target: string): Promise<boolean> {
  const parsed = parseWindowQrTarget(target);
  const group = parsed ? await readGroup(conn, parsed.group) : null;
  return group !== null && (parsed?.window === undefined || group.windows.includes(parsed.window));
}
