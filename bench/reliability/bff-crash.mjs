// Check 4: kill -9 of the BFF while 20 residents submit at once (each with an Idempotency-Key), the BFF
// started again, and every submit retried with its own key until it has an answer. Then: 0 lost (every
// case submitted, with a number), 0 duplicated (no number twice, no case made twice), and every retry
// answered its first outcome (a submit answered before the crash gets the same number again).
import { randomUUID } from 'node:crypto';
import { call, ok, verifiedResident } from './client.mjs';
import { readyDraft } from './cases.mjs';
import { openCounter } from './counts.mjs';
import { ITEM } from './matrix.mjs';

const SUBMITS = 20;

export async function bffCrash({ stack, world }) {
  const base = stack.base;
  step('preparing 20 ready cases through the API (create, fill, upload, attach)');
  const people = [];
  for (let i = 0; i < SUBMITS; i += 5)
    people.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(5, SUBMITS - i) }, (_, j) =>
          verifiedResident(base, `rel_sub_${world.run}_${i + j}`),
        ),
      )),
    );
  const drafts = [];
  for (let i = 0; i < SUBMITS; i += 5)
    drafts.push(...(await Promise.all(people.slice(i, i + 5).map((p, j) => readyDraft(base, p, ITEM, i + j)))));
  const counter = await openCounter(stack.mongoUri);
  const appsBefore = (await counter.counts()).applications ?? 0;
  const jobs = drafts.map((d, i) => ({
    draft: d,
    who: people[i],
    key: randomUUID(),
    submit() {
      return call(base, 'POST', `/applications/${d.id}/submit`, {
        token: this.who.token,
        headers: { 'if-match': `"${d.version}"`, 'idempotency-key': this.key },
        timeoutMs: 20_000,
      });
    },
  }));

  step(
    '20 submits, one every 50 ms; kill -9 of the BFF when the first is answered (some done, some under way, some not sent)',
  );
  const first = jobs.map((j, i) => new Promise((r) => setTimeout(r, i * 50)).then(() => j.submit()));
  await Promise.race([...first, new Promise((r) => setTimeout(r, 1_500))]);
  const killedAt = Date.now();
  await stack.killBff();
  // Proof that it is gone (a server left running would make every check below meaningless).
  const stillThere = await call(base, 'GET', '/health', { timeoutMs: 1_000 });
  if (stillThere.status) throw new Error(`the BFF still answered after kill -9 (${stillThere.status})`);
  const firstAnswers = await Promise.all(first);
  const answeredBefore = firstAnswers.filter((a) => a.status === 200).length;
  const unanswered = firstAnswers.filter((a) => a.status === 0).length;

  step('starting the BFF again and retrying every submit with its own key');
  await stack.restartBff();
  const upAt = Date.now();
  // What the dead copy had written: a case with a number was submitted whether or not its answer got out.
  const written = (
    await Promise.all(jobs.map((j) => ok(base, 'GET', `/applications/${j.draft.id}`, { token: j.who.token })))
  ).filter((c) => c.number).length;
  const failures = [];
  const retryAt = Date.now();
  const retries = await Promise.all(jobs.map((j) => retryUntilAnswered(j)));
  const doneAt = Math.max(...retries.map((r) => r.at));

  let lost = 0;
  const numbers = new Map();
  for (const [i, j] of jobs.entries()) {
    const r = retries[i].res;
    const was = firstAnswers[i];
    if (r.status !== 200) failures.push(`case ${j.draft.id}: retry answered ${r.status} ${r.text.slice(0, 100)}`);
    if (was.status === 200 && r.json?.number !== was.json?.number)
      failures.push(`case ${j.draft.id}: first answered ${was.json?.number}, the retry ${r.json?.number ?? r.status}`);
    const stored = await ok(base, 'GET', `/applications/${j.draft.id}`, { token: j.who.token });
    if (!stored.number || stored.status === 'draft') {
      lost += 1;
      failures.push(`case ${j.draft.id}: lost (status ${stored.status}, no number)`);
    } else numbers.set(stored.number, (numbers.get(stored.number) ?? 0) + 1);
  }
  const appsAfter = (await counter.counts()).applications ?? 0;
  await counter.close();
  const duplicated = [...numbers.values()].filter((n) => n > 1).length + Math.max(0, appsAfter - appsBefore);
  if (duplicated) failures.push(`${duplicated} duplicated (numbers shared, or ${appsAfter - appsBefore} cases made)`);
  const firstOk = retries.filter((r) => r.tries === 1).length;
  const secs = (ms) => (ms / 1000).toFixed(1);
  return {
    passed: failures.length === 0,
    figures: `${SUBMITS} submits: ${answeredBefore} answered 200 before the kill, ${unanswered} cut off or refused by the dead BFF, ${written} written before the crash (the other ${SUBMITS - written} proceeded on retry); lost ${lost}, duplicated ${duplicated}; every retry answered within ${secs(doneAt - killedAt)} s of the kill (the retries took ${secs(doneAt - retryAt)} s once the BFF was up again; restart took ${secs(upAt - killedAt)} s), ${firstOk} of ${SUBMITS} at the first retry`,
    failures,
  };
}

/** A retry, again while the answer is "still being processed" (409) or the server not there yet; 30 s at most. */
async function retryUntilAnswered(job) {
  const deadline = Date.now() + 30_000;
  for (let tries = 1; ; tries += 1) {
    const res = await job.submit();
    const busy = res.status === 0 || res.status === 503 || (res.status === 409 && /IDEMPOTENCY|处理中/.test(res.text));
    if (!busy || Date.now() > deadline) return { res, tries, at: Date.now() };
    await new Promise((r) => setTimeout(r, 250));
  }
}

const step = (msg) => process.stdout.write(`    ${msg}\n`);
