import { randomInt } from 'node:crypto';
import { type Role, type StaffKind, type Station, type TokenPair } from '@onetrip/shared';
import { type App } from '../../src/app';

export interface LoginAsOptions {
  roles?: Role[];
  department?: string;
  /** staff: the kind (none = the default, `department`) and the hall */
  staffKind?: StaffKind;
  hall?: string;
  station?: Station;
  courierCompany?: string;
  /** saved through PUT /me/profile; `phone` is 11 digits */
  profile?: { name: string; idNumber: string; phone: string };
}

export interface LoggedIn {
  token: string;
  refreshToken: string;
  userId: string;
  headers: { authorization: string };
}

/**
 * A client address of its own for every helper login: /auth is limited per
 * IP, and a test file logging in many users must not trip that limit (the
 * rate-limit tests exercise it on purpose).
 */
export const someClientIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** POST /auth/wechat with the simulator's code `test_<name>` (openid `openid_<name>`). */
export async function wechatLogin(app: App, name: string, platform: 'weapp' | 'h5' = 'weapp'): Promise<TokenPair> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/wechat',
    payload: { code: `test_${name}`, platform },
    remoteAddress: someClientIp(),
  });
  if (res.statusCode !== 200) throw new Error(`login of ${name} failed: ${res.statusCode} ${res.body}`);
  return res.json<TokenPair>();
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function expectOk(what: string, res: { statusCode: number; body: string }): void {
  if (res.statusCode !== 200) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
}

/**
 * Logs in as `name` through the real API. Roles are granted by the bootstrap
 * admin (`test_admin`, openid `openid_admin` in the test config) with
 * PUT /admin/users/:id/roles, then `name` logs in again so the token carries
 * them; a profile is saved with PUT /me/profile (phone code `phone_<digits>`).
 */
export async function loginAs(app: App, name: string, opts: LoginAsOptions = {}): Promise<LoggedIn> {
  let pair = await wechatLogin(app, name);
  const { roles, department, staffKind, hall, station, courierCompany, profile } = opts;
  if (roles) {
    const admin = await wechatLogin(app, 'admin');
    const res = await app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${pair.user.id}/roles`,
      headers: bearer(admin.accessToken),
      payload: { roles, department, staffKind, hall, station, courierCompany },
    });
    expectOk(`granting ${roles.join(',')} to ${name}`, res);
    pair = await wechatLogin(app, name);
  }
  if (profile) {
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile',
      headers: bearer(pair.accessToken),
      payload: { name: profile.name, idNumber: profile.idNumber, phoneCode: `phone_${profile.phone}` },
    });
    expectOk(`saving the profile of ${name}`, res);
  }
  return {
    token: pair.accessToken,
    refreshToken: pair.refreshToken,
    userId: pair.user.id,
    headers: bearer(pair.accessToken),
  };
}
