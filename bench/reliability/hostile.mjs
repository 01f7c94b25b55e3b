// Check 1: hostile inputs generated from the OpenAPI document, for every route, with the token of a role
// that may call it. Every answer must be 4xx with {error:{code,message}} — never 5xx, never a 2xx to
// something the contract refuses — and no collection may gain or lose a document (counted directly).
import { raw, hasErrorShape, verifiedResident } from './client.mjs';
import { callerFor } from './world.mjs';
import { openCounter, changed } from './counts.mjs';
import { routesOf } from './openapi.mjs';
import { variantsOf } from './variants.mjs';

/** Routes whose calls end or change the caller's own session: a throwaway person calls them. */
const selfAltering = (route) => route.method !== 'GET' && /^\/api\/v1\/(auth|me)(\/|$)/.test(route.path);

/** WeChat Pay's callbacks answer in WeChat's own protocol, `{code: 'FAIL', message}`: WeChat reads it, not our clients. */
const wechatCallback = (route) => route.path.startsWith('/api/v1/payments/wechat/');
const wechatShape = (res) => res.json?.code === 'FAIL' && typeof res.json?.message === 'string';

/**
 * Known open defects, left out of the short CI form until fixed and still run in the full one. None
 * today: the 1 MB bodies that once ended the BFF (an unread 413 body tripping the body timer, found by
 * this suite on 914c361) are fixed and back in CI.
 */
const OPEN_DEFECTS = [];

export async function hostileInputs({ stack, world, short }) {
  const { routes } = await routesOf(stack.base);
  const counter = await openCounter(stack.mongoUri);
  const failures = [];
  const tally = { routes: 0, tried: 0, s4xx: 0, s5xx: 0, s2xx: 0, ignored2xx: 0, noShape: 0, other: 0, written: 0 };
  try {
    for (const route of routes.filter((r) => !r.path.includes('/docs'))) {
      const variants = variantsOf(route).filter((v) => !short || !OPEN_DEFECTS.some((re) => re.test(v.name)));
      if (!variants.length) continue;
      tally.routes += 1;
      const caller = selfAltering(route)
        ? await verifiedResident(stack.base, `rel_tmp_${world.run}_${tally.routes}`)
        : callerFor(world, route.path);
      const before = await counter.counts();
      let ignoredSuccess = false;
      // A few at once: the variants of one route, so a write is traced to the route that made it.
      for (let i = 0; i < variants.length; i += 4) {
        const answers = await Promise.all(
          variants
            .slice(i, i + 4)
            .map(async (v) => [v, await raw(stack.base, v.method, v.url, { ...v, token: caller.token })]),
        );
        for (const [v, res] of answers) {
          tally.tried += 1;
          const label = `${v.method} ${route.path} [${v.name}]`;
          if (res.status >= 500 || res.status === 0) {
            tally.s5xx += 1;
            failures.push(`${label}: ${res.status || res.text} ${res.text.slice(0, 120)}`);
          } else if (res.status >= 400) {
            tally.s4xx += 1;
            if (!hasErrorShape(res) && !(wechatCallback(route) && wechatShape(res))) {
              tally.noShape += 1;
              failures.push(`${label}: ${res.status} without the error shape: ${res.text.slice(0, 120)}`);
            }
          } else if (res.status < 300 && v.ignorable) {
            tally.ignored2xx += 1;
            ignoredSuccess = true;
          } else if (res.status < 300) {
            tally.s2xx += 1;
            failures.push(`${label}: accepted (${res.status}) ${res.text.slice(0, 120)}`);
          } else tally.other += 1;
        }
      }
      // A route that takes no input and did its work despite ignorable junk (a logout, an audited read) wrote
      // what it always writes: that is not the junk written.
      const diff = ignoredSuccess ? [] : changed(before, await counter.counts());
      if (diff.length) {
        tally.written += 1;
        failures.push(`${route.method} ${route.path}: written by hostile input: ${diff.join(', ')}`);
      }
    }
    // A refused body may still hurt later (a timer of the body it never read): the BFF must outlive the
    // body allowance (BODY_TIMEOUT_MS, 20 s) after the last variant. The short form has no time for it.
    if (!short) {
      await new Promise((r) => setTimeout(r, 22_000));
      const health = await raw(stack.base, 'GET', '/health', { timeoutMs: 2_000 });
      if (health.status !== 200)
        failures.push(
          `the BFF did not outlive the bodies it refused: /health answered ${health.status || health.text} 22 s later`,
        );
    }
  } finally {
    await counter.close();
  }
  const t = tally;
  return {
    passed: failures.length === 0,
    figures: `${t.routes} routes, ${t.tried} requests tried: ${t.s4xx} × 4xx (${t.noShape} without the error shape), ${t.s5xx} × 5xx, ${t.s2xx} accepted, ${t.ignored2xx} × 2xx to ignorable junk on routes that take no input, ${t.written} routes with a write`,
    failures,
    tally,
  };
}
