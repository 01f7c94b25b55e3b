/**
 * The BFF as the end-to-end stack runs it (scripts/test.mjs, never `npm start` or `npm run dev`): the
 * production app plus one route that moves the hall's clock, since a journey through the hall spans
 * days (booked today, reminded the evening before, checked in on the day) and needs its working hours
 * whenever it runs; and one that runs the 容缺 reminder pass as of a given instant (the day before a
 * gap falls due, days after acceptance); and one that moves a case's acceptance back in time, since
 * 效能监察's journey needs a case past its promised days without waiting for them. Nothing else differs;
 * the production entry (src/server.ts) has no such route.
 */
import { z } from 'zod';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { setHallClock } from '../src/modules/hall/hall-clock';
import { remindGapsOnce } from '../src/modules/applications';
import { setStoredCase } from '../src/modules/applications/testing/cases';

/** `{at}`: the hall's now becomes `at` and runs on from there; `{at: null}`: the real time again. */
const HallClockBody = z.strictObject({ at: z.iso.datetime({ offset: true }).nullable() });
/** `{at}`: one pass of the gap reminder job as if it were `at`. */
const GapReminderBody = z.strictObject({ at: z.iso.datetime({ offset: true }) });
/** `{acceptedAt}`: the case was accepted then (its clock, lights and projections follow). */
const AcceptedAtBody = z.strictObject({ acceptedAt: z.iso.datetime({ offset: true }) });
const CaseParams = z.strictObject({ id: z.string().regex(/^[0-9a-f]{24}$/) });

async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  app.put('/__e2e/hall-clock', async (request, reply) => {
    const { at } = HallClockBody.parse(request.body);
    const offset = at === null ? 0 : Date.parse(at) - Date.now();
    setHallClock(app.db, at === null ? null : () => new Date(Date.now() + offset));
    return reply.code(204).send();
  });
  app.post('/__e2e/gap-reminders', async (request) => {
    const { at } = GapReminderBody.parse(request.body);
    return { reminded: await remindGapsOnce(app, new Date(at)) };
  });
  app.put('/__e2e/cases/:id/accepted-at', async (request, reply) => {
    const { id } = CaseParams.parse(request.params);
    const { acceptedAt } = AcceptedAtBody.parse(request.body);
    await setStoredCase(app, id, { acceptedAt: new Date(acceptedAt) });
    return reply.code(204).send();
  });
  const close = async () => {
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  await app.listen({ host: config.BFF_HOST, port: config.BFF_PORT });
}

main().catch((err: unknown) => {
  process.stderr.write(`e2e BFF failed to start: ${(err as Error).message}\n`);
  process.exit(1);
});
