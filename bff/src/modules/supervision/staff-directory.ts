import { type Connection } from 'mongoose';
import { maskName, STAFF_KIND_LABELS, type StaffKind } from '@onetrip/shared';
import { staffKindOf, usersModel } from '../users';

/** A clerk as the figures show them: the name masked, and the window they sit at. */
export interface Clerk {
  userId: string;
  name: string;
  /** `department:<name>`, `comprehensive:<hall>`, `results:<hall>` */
  window: string;
  windowLabel: string;
}

/** Someone who handled cases and is no longer staff (their figures stay, under this window). */
export const FORMER_WINDOW = { window: 'former', windowLabel: '已不在岗人员' } as const;

interface Stored {
  _id: { toHexString(): string };
  staffKind?: string | null;
  department?: string | null;
  hall?: string | null;
  profile?: { name?: string | null } | null;
}

/** Where a staff member sits: their department's windows, or a hall's 综合窗口 / 统一出件窗口. */
function windowOf(user: Stored): Pick<Clerk, 'window' | 'windowLabel'> {
  const kind = staffKindOf({ staffKind: user.staffKind as StaffKind | undefined });
  if (kind === 'department') {
    const department = user.department ?? '';
    return { window: `department:${department}`, windowLabel: `${department}窗口` };
  }
  const hall = user.hall ?? '';
  return { window: `${kind}:${hall}`, windowLabel: `${hall}${STAFF_KIND_LABELS[kind]}` };
}

/** Every staff member by user id (one equality read on `roles`). */
export async function staffDirectory(conn: Connection): Promise<Map<string, Clerk>> {
  const users = await usersModel(conn)
    .find({ roles: 'staff' })
    .select({ staffKind: 1, department: 1, hall: 1, 'profile.name': 1 })
    .lean<Stored[]>();
  return new Map(
    users.map((u) => {
      const userId = u._id.toHexString();
      const name = u.profile?.name ? maskName(u.profile.name) : '未实名';
      return [userId, { userId, name, ...windowOf(u) }];
    }),
  );
}
