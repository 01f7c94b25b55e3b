// Check 3: the access matrix across roles against the running BFF (the idea of
// bff/src/__tests__/access-matrix.test.ts, from outside): (a) every route of a role's area (admin, staff,
// counter, courier, agent) tried by each role that is not that one; (b) every route that takes a case's
// or an upload's id, filled with a resident's real ones, tried by another resident, an agent, a courier
// and staff. No attempt may succeed (2xx), and nothing may be written.
import { randomUUID } from 'node:crypto';
import { raw, ok } from './client.mjs';
import { openCounter, changed } from './counts.mjs';
import { routesOf, skeleton, headerSkeleton } from './openapi.mjs';
import { jpegForm } from './cases.mjs';

export const ITEM = 'LAONIAN-YOUDAIZHENG';

/** The roles a path's area is for; a path outside these areas is everyone's (guarded per object). */
const AREAS = [
  [/^\/api\/v1\/admin\//, ['admin']],
  [/^\/api\/v1\/audit/, ['admin']],
  [/^\/api\/v1\/(staff|counter)\//, ['staff']],
  [/^\/api\/v1\/courier\//, ['courier']],
  [/^\/api\/v1\/agent\//, ['agent']],
];

/**
 * Routes of an area that another role may call on purpose (their `requireRole` says so): the centre's
 * configuration is read by staff too (admin.routes.ts), statistics by the admin too (statistics.routes.ts).
 */
const SHARED = {
  'GET /api/v1/admin/config': ['admin', 'staff'],
  'GET /api/v1/admin/config/centre': ['admin', 'staff'],
  'GET /api/v1/staff/statistics': ['staff', 'admin'],
};

export async function accessMatrix({ stack, world }) {
  const { routes } = await routesOf(stack.base);
  const base = stack.base;
  // The resident's objects: a draft case and an upload attached to it.
  let draft = await ok(base, 'POST', '/applications', { token: world.resident.token, body: { items: [ITEM] } });
  const upload = await uploadAs(base, world.resident);
  const everyone = ['resident', 'other', 'agent', 'staff', 'courier', 'admin'].map((k) => [k, world[k]]);
  const counter = await openCounter(stack.mongoUri);
  const before = await counter.counts();
  const failures = [];
  let tried = 0;
  let refused = 0;
  const attempt = async (label, who, route, url) => {
    const body = route.body ? JSON.stringify(skeleton(route.body)) : undefined;
    const headers = { ...headerSkeleton(route), ...(body ? { 'content-type': 'application/json' } : {}) };
    if (headers['if-match']) headers['if-match'] = `"${draft.version}"`;
    const res = await raw(base, route.method, url, { headers, body, token: who.token });
    tried += 1;
    if (res.status >= 400 && res.status < 500) refused += 1;
    else failures.push(`${label} ${route.method} ${url}: ${res.status} ${res.text.slice(0, 100)}`);
  };
  try {
    for (const route of routes) {
      const area = AREAS.find(([re]) => re.test(route.path));
      const url = route.path.replace(/^\/api\/v1/, '');
      if (area) {
        const allowed = SHARED[`${route.method} ${route.path}`] ?? area[1];
        const outsiders = everyone.filter(([, who]) => !who.roles?.some((r) => allowed.includes(r)));
        const filled = url.replace(/\{[^}]+\}/g, draft.id);
        for (const [name, who] of outsiders) await attempt(name, who, route, filled);
      } else if (/^\/applications\/\{[^}]+\}/.test(url) || /^\/uploads\/\{[^}]+\}/.test(url)) {
        const filled = url
          .replace(/\{[^}]+\}/, url.startsWith('/uploads') ? upload : draft.id)
          .replace(/\{[^}]+\}/g, 'id_card');
        for (const name of ['other', 'agent', 'courier', 'staff']) await attempt(name, world[name], route, filled);
      }
    }
    const diff = changed(before, await counter.counts(), ['audit_logs']);
    if (diff.length) failures.push(`written by refused attempts: ${diff.join(', ')}`);
    const now = await ok(base, 'GET', `/applications/${draft.id}`, { token: world.resident.token });
    if (now.version !== draft.version || now.status !== draft.status)
      failures.push(
        `the resident's draft changed: version ${draft.version}→${now.version}, ${draft.status}→${now.status}`,
      );
  } finally {
    await counter.close();
  }
  return {
    passed: failures.length === 0,
    figures: `${tried} cross-role requests: ${refused} refused (4xx), ${tried - refused} otherwise`,
    failures,
  };
}

export async function uploadAs(base, who) {
  const res = await fetch(`${base}/uploads`, {
    method: 'POST',
    headers: { authorization: `Bearer ${who.token}`, 'idempotency-key': randomUUID() },
    body: jpegForm(1),
  });
  if (!res.ok) throw new Error(`POST /uploads: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}
