// A small client of the BFF's HTTP contract for the benchmarks: every person
// is made through the real API (WeChat simulator login, roles granted by the
// admin, real-name profile), as a new user of the system would be.
import { randomInt } from 'node:crypto';
import { idCheckChar } from '@onetrip/shared';

export interface Res<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

export interface Person {
  name: string;
  userId: string;
  token: string;
  phone: string;
}

/** A client address of its own per call: per-address limits (login, progress) then see many people, as behind a proxy. */
export const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export class Api {
  constructor(readonly base: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    opts: { token?: string; body?: unknown; headers?: Record<string, string>; form?: FormData } = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { 'x-forwarded-for': someAddress(), ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: string | FormData | undefined;
    if (opts.form) body = opts.form;
    else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, { method, headers, body }).catch((err: Error) => {
      throw new Error(`${method} ${path}: ${err.message} (${String((err.cause as Error | undefined)?.message ?? '')})`);
    });
    const text = await res.text();
    const ms = performance.now() - started;
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T, ms };
  }

  async ok<T = unknown>(method: string, path: string, opts: Parameters<Api['call']>[2] = {}): Promise<T> {
    const res = await this.call<T>(method, path, opts);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** POST /auth/wechat with the simulator's code `test_<login>` (openid `openid_<login>`). */
  async login(login: string): Promise<{ userId: string; token: string }> {
    const pair = await this.ok<{ accessToken: string; user: { id: string } }>('POST', '/auth/wechat', {
      body: { code: `test_${login}`, platform: 'weapp' },
    });
    return { userId: pair.user.id, token: pair.accessToken };
  }
}

/** A valid resident ID number (GB 11643 check character) born in 1950–1999, unique enough per `seed`. */
export function idNumberFor(seed: number): string {
  const birth = `${1950 + (seed % 50)}0${1 + (seed % 9)}1${seed % 10}`;
  const first17 = `371302${birth}${String(seed % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** A verified resident: logged in, real-name profile saved (the phone ends in the 4 digits the progress lookup asks for). */
export async function verifiedResident(api: Api, login: string, seed: number): Promise<Person> {
  const { userId, token } = await api.login(login);
  const phone = `139${String(10_000_000 + seed).slice(-8)}`;
  const name = `测试${'甲乙丙丁戊己庚辛壬癸'[seed % 10]}${'一二三四五六七八九十'[Math.floor(seed / 10) % 10]}`;
  await api.ok('PUT', '/me/profile', {
    token,
    body: { name, idNumber: idNumberFor(seed), phoneCode: `phone_${phone}` },
  });
  return { name, userId, token, phone };
}

/** Staff of `department`: the admin (`admin` in the local stack) grants the role, then they log in again. */
export async function staffOf(api: Api, login: string, department: string): Promise<Person> {
  const admin = await api.login('admin');
  const first = await api.login(login);
  await api.ok('PUT', `/admin/users/${first.userId}/roles`, {
    token: admin.token,
    body: { roles: ['staff'], department },
  });
  const again = await api.login(login);
  return { name: login, userId: again.userId, token: again.token, phone: '' };
}
