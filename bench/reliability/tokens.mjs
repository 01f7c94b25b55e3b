// Check 2: forged tokens on every signed-in route — none, expired, `alg: none`, a wrong signature, a
// payload whose roles were raised after signing, a token without `exp`, a refresh token as an access
// token, garbage. Each must be 401 with the error shape. The suite knows the run's JWT secret
// (scripts/reliability.mjs sets it), so "expired" and "without exp" are signed with the real key.
import { createHmac } from 'node:crypto';
import { raw, hasErrorShape } from './client.mjs';
import { routesOf, skeleton, headerSkeleton } from './openapi.mjs';

const b64 = (o) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const sign = (header, payload, secret) => {
  const head = `${b64(header)}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
};

function forgeries(world, secret) {
  const real = world.resident.token;
  const claims = JSON.parse(Buffer.from(real.split('.')[1], 'base64url').toString());
  const now = Math.floor(Date.now() / 1000);
  const hs = { alg: 'HS256', typ: 'JWT' };
  const { exp: _exp, ...noExp } = claims;
  const [h, , s] = real.split('.');
  return [
    ['none', null],
    ['garbage', 'not.a.token'],
    ['expired', sign(hs, { ...claims, iat: now - 7200, exp: now - 3600 }, secret)],
    ['alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`],
    ['wrong signature', sign(hs, claims, `${secret}-not-ours`)],
    ['tampered roles', `${h}.${b64({ ...claims, roles: ['resident', 'agent', 'staff', 'courier', 'admin'] })}.${s}`],
    ['without exp', sign(hs, { ...noExp, iat: now }, secret)],
    ['refresh token as access', world.resident.refreshToken],
  ];
}

export async function forgedTokens({ stack, world }) {
  const { routes } = await routesOf(stack.base);
  const tokens = forgeries(world, stack.jwtSecret);
  const failures = [];
  let signedIn = 0;
  let tried = 0;
  let refused = 0;
  for (const route of routes.filter((r) => !r.path.includes('/docs'))) {
    const url = route.path.replace(/\{[^}]+\}/g, '0123456789abcdef01234567').replace(/^\/api\/v1/, '');
    const body = route.body ? JSON.stringify(skeleton(route.body)) : undefined;
    const headers = { ...headerSkeleton(route), ...(body ? { 'content-type': 'application/json' } : {}) };
    const send = (token) => raw(stack.base, route.method, url, { headers, body, token: token ?? undefined });
    // Public routes (guides, progress lookup, sign-in) answer without a token: the check is for the others.
    const anonymous = await send(null);
    if (anonymous.status !== 401 && !route.signedIn) continue;
    signedIn += 1;
    const answers = await Promise.all(tokens.map(async ([name, token]) => [name, await send(token)]));
    for (const [name, res] of answers) {
      tried += 1;
      if (res.status === 401 && hasErrorShape(res)) refused += 1;
      else failures.push(`${route.method} ${route.path} [${name}]: ${res.status} ${res.text.slice(0, 100)}`);
    }
  }
  return {
    passed: failures.length === 0,
    figures: `${signedIn} signed-in routes × ${tokens.length} forged tokens: ${tried} tried, ${refused} × 401 with the error shape, ${tried - refused} otherwise`,
    failures,
  };
}
