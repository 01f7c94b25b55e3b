import { Types } from 'mongoose';
import { type MeResponse } from '@onetrip/shared';
import { DEPT_A } from '../../staff/testing/world';
import { loginAs, wechatLogin } from '../../../../test/helpers/login-as';
import { supervisionWorld, type SupervisionWorld } from '../testing/world';

let w: SupervisionWorld;
beforeAll(async () => {
  w = await supervisionWorld('svh');
});
afterAll(async () => {
  await w.t.close();
});

const setRoles = async (userId: string, payload: unknown) => {
  const admin = await wechatLogin(w.app, 'admin');
  return w.t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${userId}/roles`,
    headers: { authorization: `Bearer ${admin.accessToken}` },
    payload: payload as object,
  });
};
const stored = (userId: string) => w.app.db.collection('users').findOne({ _id: new Types.ObjectId(userId) });

describe('部门负责人 (departmentHead) in PUT /admin/users/:id/roles', () => {
  it('is stored for a department window and shown in its answer and in GET /me', async () => {
    const me = (await w.call(w.headA, 'GET', '/me')).json<MeResponse>();
    expect(me).toMatchObject({ roles: ['resident', 'staff'], department: DEPT_A, departmentHead: true });
    expect((await w.call(w.staffA, 'GET', '/me')).json<MeResponse>().departmentHead).toBeUndefined();
  });

  it('is refused for a hall-wide window (400, nothing written) and removed when left out or with the role', async () => {
    const user = await loginAs(w.app, 'svh_clerk');
    const hallWide = await setRoles(user.userId, {
      roles: ['staff'],
      staffKind: 'comprehensive',
      hall: '一楼大厅',
      departmentHead: true,
    });
    expect([hallWide.statusCode, hallWide.json().error.details[0].path]).toEqual([400, 'departmentHead']);
    expect((await stored(user.userId))?.roles).toEqual(['resident']);

    expect(
      (await setRoles(user.userId, { roles: ['staff'], department: DEPT_A, departmentHead: true })).json(),
    ).toMatchObject({
      departmentHead: true,
    });
    expect((await stored(user.userId))?.departmentHead).toBe(true);
    const again = await setRoles(user.userId, { roles: ['staff'], department: DEPT_A });
    expect(again.json<MeResponse>().departmentHead).toBeUndefined();
    expect((await stored(user.userId))?.departmentHead).toBeUndefined();
    await setRoles(user.userId, { roles: ['staff'], department: DEPT_A, departmentHead: true });
    await setRoles(user.userId, { roles: ['resident'] });
    expect((await stored(user.userId))?.departmentHead).toBeUndefined();
  });
});
