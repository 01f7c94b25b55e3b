// The suite's client of the running BFF: raw HTTP (any method, body, content type, header) so that
// hostile requests go out exactly as written, and the people it needs, made through the API itself
// (simulated WeChat login, roles granted by the admin, real-name profile), as a new user would be.
import { randomInt } from 'node:crypto';

/** One request; never throws on an HTTP status, and a network error comes back as status 0. */
export async function raw(base, method, pathAndQuery, { token, headers = {}, body, timeoutMs = 15_000 } = {}) {
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  const started = performance.now();
  try {
    const res = await fetch(`${base}${pathAndQuery}`, {
      method,
      headers: h,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: the shape check reports it
    }
    return { status: res.status, json, text, headers: res.headers, ms: performance.now() - started };
  } catch (err) {
    return {
      status: 0,
      json: null,
      text: String(err?.cause?.code ?? err?.name ?? err),
      ms: performance.now() - started,
    };
  }
}

/** JSON in, JSON out. */
export const call = (base, method, p, { token, body, headers = {}, timeoutMs } = {}) =>
  raw(base, method, p, {
    token,
    timeoutMs,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

export async function ok(base, method, p, opts) {
  const res = await call(base, method, p, opts);
  if (res.status < 200 || res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${res.text.slice(0, 300)}`);
  return res.json;
}

/** The contract's error shape: `{error: {code, message}}`. */
export const hasErrorShape = (res) =>
  typeof res.json?.error?.code === 'string' && typeof res.json?.error?.message === 'string';

/** POST /auth/wechat with the simulator's code `test_<login>`. */
export async function login(base, name) {
  const pair = await ok(base, 'POST', '/auth/wechat', { body: { code: `test_${name}`, platform: 'weapp' } });
  return { name, userId: pair.user.id, token: pair.accessToken, refreshToken: pair.refreshToken };
}

/** GB 11643: the 18th character of a resident ID number. */
function idCheckChar(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

/** A signed-in resident with a verified real name (the phone from the simulator's `phone_<digits>` code). */
export async function verifiedResident(base, name) {
  const who = await login(base, name);
  const seed = randomInt(1_000_000);
  // Independent draws (8.5 million numbers): an ID number may be verified on one account only.
  const birth = `${1950 + randomInt(50)}0${1 + randomInt(9)}${10 + randomInt(19)}`;
  const first17 = `371302${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  const phone = `139${String(10_000_000 + seed).slice(-8)}`;
  const profileName = `测试${'甲乙丙丁戊己庚辛壬癸'[seed % 10]}${'一二三四五六七八九十'[Math.floor(seed / 10) % 10]}`;
  await ok(base, 'PUT', '/me/profile', {
    token: who.token,
    body: { name: profileName, idNumber: first17 + idCheckChar(first17), phoneCode: `phone_${phone}` },
  });
  return who;
}

/** Someone the admin gives `roles` (the admin path of the contract), signed in again to carry them. */
export async function withRoles(base, admin, name, body) {
  const first = await verifiedResident(base, name);
  await ok(base, 'PUT', `/admin/users/${first.userId}/roles`, { token: admin.token, body });
  return { ...(await login(base, name)), roles: body.roles };
}
