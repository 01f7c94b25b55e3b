import { EvaluationBody, FollowupCloseBody } from '../evaluation';
import { StatisticsQuery } from '../statistics';

describe('EvaluationBody', () => {
  it.each([[{ score: 1 }], [{ score: 5, tags: ['超时办理', '其他'], comment: '满意' }], [{ score: 3, tags: [] }]])(
    'accepts %j',
    (body) => {
      expect(EvaluationBody.safeParse(body).success).toBe(true);
    },
  );
  it.each([
    [{ score: 0 }],
    [{ score: 6 }],
    [{ score: 2.5 }],
    [{ score: '5' }],
    [{ score: 3, tags: ['很慢'] }],
    [{ score: 3, tags: ['态度', '态度'] }],
    [{ score: 3, comment: 'x'.repeat(501) }],
    [{ score: 3, extra: true }],
    [{}],
  ])('refuses %j', (body) => {
    expect(EvaluationBody.safeParse(body).success).toBe(false);
  });
  it('trims the comment', () => {
    expect(EvaluationBody.parse({ score: 4, comment: '  好  ' }).comment).toBe('好');
  });
});

describe('FollowupCloseBody', () => {
  it('needs a note of 1–500 characters and nothing else', () => {
    expect(FollowupCloseBody.safeParse({ note: '已回访' }).success).toBe(true);
    expect(FollowupCloseBody.safeParse({ note: ' ' }).success).toBe(false);
    expect(FollowupCloseBody.safeParse({ note: 'x'.repeat(501) }).success).toBe(false);
    expect(FollowupCloseBody.safeParse({ note: 'a', by: 'x' }).success).toBe(false);
  });
});

describe('StatisticsQuery', () => {
  it('accepts a period within 366 days, or none', () => {
    expect(StatisticsQuery.safeParse({}).success).toBe(true);
    expect(StatisticsQuery.safeParse({ from: '2026-01-01', to: '2026-12-31', department: '县民政局' }).success).toBe(
      true,
    );
    expect(StatisticsQuery.safeParse({ from: '2024-01-01', to: '2024-12-31' }).success).toBe(true); // 366 days
  });
  it.each([
    [{ from: '2026-03-02', to: '2026-03-01' }],
    [{ from: '2024-01-01', to: '2025-01-01' }],
    [{ from: '2026-02-29' }],
    [{ to: '2026-3-1' }],
    [{ department: '' }],
    [{ page: '1' }],
  ])('refuses %j', (query) => {
    expect(StatisticsQuery.safeParse(query).success).toBe(false);
  });
});
