import { Types } from 'mongoose';
import { caseIn, evaluationCount, rate, ratingWorld, storedEvaluation, type RatingWorld } from '../testing/world';

let w: RatingWorld;
beforeAll(async () => {
  w = await ratingWorld('ev');
});
afterAll(async () => {
  await w.t.close();
});

const storedCase = (id: string) => w.app.db.collection('applications').findOne({ _id: new Types.ObjectId(id) });

describe('POST /applications/:id/evaluation', () => {
  it('rates a completed case: 201, stored without the rater, an evaluated event on the case', async () => {
    const c = await caseIn(w, w.alice);
    const before = await storedCase(c.id);
    const res = await rate(w, w.alice, c.id, { score: 5, tags: ['态度'], comment: '窗口服务很耐心' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      caseId: c.id,
      score: 5,
      tags: ['态度'],
      comment: '窗口服务很耐心',
      at: expect.any(String),
    });
    const stored = await storedEvaluation(w, c.id);
    expect(stored).toMatchObject({
      caseId: c.id,
      number: c.number,
      score: 5,
      tags: ['态度'],
      departments: ['县测试局'],
      followup: null,
    });
    const raw = JSON.stringify(stored);
    for (const secret of [w.alice.userId, w.alice.profile.name, w.alice.profile.phone, w.alice.profile.idNumber]) {
      expect(raw).not.toContain(secret);
    }
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      [
        '_id',
        'at',
        'caseId',
        'comment',
        'departments',
        'followup',
        'itemNames',
        'number',
        'score',
        'tags',
        'version',
      ].sort(),
    );
    const after = await storedCase(c.id);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    expect(after?.timeline.at(-1)).toEqual({ at: expect.any(Date), actor: { role: 'resident' }, action: 'evaluated' });
  });

  it('rates once: a second rating is 409 INVALID_STATE and changes nothing', async () => {
    const c = await caseIn(w, w.alice);
    expect((await rate(w, w.alice, c.id, { score: 4 })).statusCode).toBe(201);
    const again = await rate(w, w.alice, c.id, { score: 1, tags: ['超时办理'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('INVALID_STATE');
    expect(await evaluationCount(w, c.id)).toBe(1);
    expect((await storedEvaluation(w, c.id))?.score).toBe(4);
  });

  it('two ratings at once: one 201, one 409, one stored', async () => {
    const c = await caseIn(w, w.alice);
    const answers = await Promise.all([rate(w, w.alice, c.id, { score: 5 }), rate(w, w.alice, c.id, { score: 1 })]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().error.code).toBe('INVALID_STATE');
    expect(await evaluationCount(w, c.id)).toBe(1);
    const events = (await storedCase(c.id))?.timeline.filter((e: { action: string }) => e.action === 'evaluated');
    expect(events).toHaveLength(1);
  });

  it.each(['submitted', 'issued', 'ready_for_pickup', 'withdrawn'])(
    'refuses a case in %s with 409 INVALID_STATE',
    async (status) => {
      const c = await caseIn(w, w.alice, status);
      const res = await rate(w, w.alice, c.id, { score: 5 });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('INVALID_STATE');
      expect(await evaluationCount(w, c.id)).toBe(0);
    },
  );

  it('only the owner: 404 for another resident and for staff; 401 without a token; 400 for a malformed id', async () => {
    const c = await caseIn(w, w.alice);
    for (const who of [w.bob, w.staff]) {
      const res = await rate(w, who, c.id, { score: 5 });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const anon = await w.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${c.id}/evaluation`,
      payload: { score: 5 },
    });
    expect(anon.statusCode).toBe(401);
    expect((await rate(w, w.alice, 'not-an-id', { score: 5 })).statusCode).toBe(400);
    expect((await rate(w, w.alice, new Types.ObjectId().toHexString(), { score: 5 })).statusCode).toBe(404);
    expect(await evaluationCount(w, c.id)).toBe(0);
  });

  it.each([
    ['score 0', { score: 0 }],
    ['score 6', { score: 6 }],
    ['score 2.5', { score: 2.5 }],
    ['score as a string', { score: '5' }],
    ['score null', { score: null }],
    ['no score', { comment: '好' }],
    ['a tag outside the list', { score: 3, tags: ['太慢'] }],
    ['a repeated tag', { score: 3, tags: ['态度', '态度'] }],
    ['tags not an array', { score: 3, tags: '态度' }],
    ['a comment over 500 characters', { score: 3, comment: '长'.repeat(501) }],
    ['a blank comment', { score: 3, comment: '   ' }],
    ['an unknown field', { score: 3, userId: 'x' }],
    ['a $-operator', { score: { $gt: 0 } }],
  ])('400 VALIDATION_FAILED for %s; nothing stored', async (_name, payload) => {
    const c = await caseIn(w, w.alice);
    const res = await rate(w, w.alice, c.id, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(await evaluationCount(w, c.id)).toBe(0);
    expect((await storedCase(c.id))?.timeline.some((e: { action: string }) => e.action === 'evaluated')).toBe(false);
  });

  it('accepts every listed tag and 500 characters of comment', async () => {
    const c = await caseIn(w, w.alice);
    const tags = ['超时办理', '要求指南外材料', '要求指南外条件', '态度', '其他'];
    const res = await rate(w, w.alice, c.id, { score: 3, tags, comment: '评'.repeat(500) });
    expect(res.statusCode).toBe(201);
    expect(await storedEvaluation(w, c.id)).toMatchObject({ score: 3, tags, followup: null });
  });
});
