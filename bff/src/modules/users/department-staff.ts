import { type Connection } from 'mongoose';
import { usersModel } from './users.model';

/** A staff member of a department as the centre's messages need them: how to reach them, and whether they head it. */
export interface DepartmentStaffMember {
  userId: string;
  department: string;
  departmentHead: boolean;
  /** their mini-program openid (subscription messages), when they have one */
  weappOpenid: string | null;
  /** their verified phone, encrypted (a text when WeChat cannot reach them) */
  phoneEnc: string | null;
}

interface Stored {
  _id: { toHexString(): string };
  roles: string[];
  department?: string | null;
  staffKind?: string | null;
  departmentHead?: boolean | null;
  weappOpenid?: string | null;
  profile?: { phoneEnc?: string | null } | null;
}

/**
 * The staff of each department (department windows holding the staff role), found by the equality on
 * `department` (indexed), one read per department. Heads first.
 */
export async function departmentStaff(
  conn: Connection,
  departments: readonly string[],
): Promise<DepartmentStaffMember[]> {
  const Users = usersModel(conn);
  const found = await Promise.all(
    [...new Set(departments)].map((department) =>
      Users.find({ department })
        .select({ roles: 1, department: 1, staffKind: 1, departmentHead: 1, weappOpenid: 1, 'profile.phoneEnc': 1 })
        .lean<Stored[]>(),
    ),
  );
  return found
    .flat()
    .filter((u) => u.roles.includes('staff') && (u.staffKind ?? 'department') === 'department' && u.department)
    .map((u) => ({
      userId: u._id.toHexString(),
      department: u.department as string,
      departmentHead: Boolean(u.departmentHead),
      weappOpenid: u.weappOpenid ?? null,
      phoneEnc: u.profile?.phoneEnc ?? null,
    }))
    .sort((a, b) => Number(b.departmentHead) - Number(a.departmentHead));
}

/** The heads (部门负责人) of one department. */
export async function departmentHeads(conn: Connection, department: string): Promise<DepartmentStaffMember[]> {
  return (await departmentStaff(conn, [department])).filter((u) => u.departmentHead);
}

/** Every department that has a head, with its heads: whom the daily summary goes to. */
export async function headsByDepartment(conn: Connection): Promise<Map<string, DepartmentStaffMember[]>> {
  const heads = await usersModel(conn)
    .find({ departmentHead: true })
    .select({ roles: 1, department: 1, staffKind: 1, departmentHead: 1, weappOpenid: 1, 'profile.phoneEnc': 1 })
    .lean<Stored[]>();
  const byDepartment = new Map<string, DepartmentStaffMember[]>();
  for (const u of heads) {
    if (!u.roles.includes('staff') || !u.department) continue;
    const member = {
      userId: u._id.toHexString(),
      department: u.department,
      departmentHead: true,
      weappOpenid: u.weappOpenid ?? null,
      phoneEnc: u.profile?.phoneEnc ?? null,
    };
    byDepartment.set(u.department, [...(byDepartment.get(u.department) ?? []), member]);
  }
  return byDepartment;
}
