import { acceptOverdue } from '..';
import { storedCase } from '../../applications/testing/cases';
import { DEEMED_ACCEPTANCE_NOTE } from '../deemed-acceptance';
import { act, daysAgo, setStored, staffView, staffWorld, submittedCase, type StaffWorld } from '../testing/world';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('deemed acceptance (行政许可法 §32)', () => {
  it('accepts a case left in submitted beyond five working days, and leaves a recent one, a waiting one and a paused one', async () => {
    const old = await submittedCase(w, w.alice);
    const oldSubmittedAt = daysAgo(10);
    await setStored(w, old.id, { submittedAt: oldSubmittedAt });
    const recent = await submittedCase(w, w.alice);

    const waiting = await submittedCase(w, w.alice);
    await act(w, w.staffA, waiting.id, 'supplement', waiting.version, {
      problems: [{ field: 'purpose', reason: '请写明用途' }],
    });
    await setStored(w, waiting.id, { submittedAt: daysAgo(30), 'pauses.0.from': daysAgo(29) });

    // Resubmitted yesterday after waiting four weeks: the paused weeks do not count.
    const resumed = await submittedCase(w, w.alice);
    await setStored(w, resumed.id, { submittedAt: daysAgo(30), pauses: [{ from: daysAgo(29), to: daysAgo(1) }] });

    expect(await acceptOverdue(w.app)).toBe(1);

    const stored = await storedCase(w.app, old.id);
    expect(stored).toMatchObject({ status: 'accepted', version: old.version + 1 });
    expect(stored?.acceptedAt).toEqual(oldSubmittedAt);
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'deemed_accepted',
      actor: { role: 'system' },
      note: DEEMED_ACCEPTANCE_NOTE,
    });
    expect((stored?.outbox ?? []).map((e: { kind: string }) => e.kind)).toContain('accepted');
    expect((await staffView(w, w.staffA, old.id)).deadline?.light).toBe('red');

    expect((await storedCase(w.app, recent.id))?.status).toBe('submitted');
    expect((await storedCase(w.app, waiting.id))?.status).toBe('supplement_required');
    expect((await storedCase(w.app, resumed.id))?.status).toBe('submitted');
    expect(await acceptOverdue(w.app)).toBe(0);
  });

  it('two job passes at once accept a case once (the lost race is skipped)', async () => {
    const old = await submittedCase(w, w.alice);
    await setStored(w, old.id, { submittedAt: daysAgo(12) });
    const counts = await Promise.all([acceptOverdue(w.app), acceptOverdue(w.app)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const stored = await storedCase(w.app, old.id);
    expect(stored).toMatchObject({ status: 'accepted', version: old.version + 1 });
    expect(stored?.timeline.filter((e: { action: string }) => e.action === 'deemed_accepted')).toHaveLength(1);
  });

  it('accepts a resubmitted case as of its resubmission when the new round runs out', async () => {
    const view = await submittedCase(w, w.alice);
    const resumedAt = daysAgo(10);
    await setStored(w, view.id, { submittedAt: daysAgo(20), pauses: [{ from: daysAgo(19), to: resumedAt }] });
    expect(await acceptOverdue(w.app)).toBe(1);
    expect(await storedCase(w.app, view.id)).toMatchObject({ status: 'accepted', acceptedAt: resumedAt });
  });
});
