import { AcceptBody, HandoverBody, IssueBody, StaffQueueQuery, SupplementBody } from '../staff';

describe('staff schemas', () => {
  it('a notice lists at least one problem, each naming a material or a field, with a reason', () => {
    expect(SupplementBody.safeParse({ problems: [] }).success).toBe(false);
    expect(SupplementBody.safeParse({ problems: [{ reason: '不清楚' }] }).success).toBe(false);
    expect(SupplementBody.safeParse({ problems: [{ field: 'purpose', reason: ' ' }] }).success).toBe(false);
    expect(
      SupplementBody.safeParse({ problems: [{ materialCode: 'id_card', reason: '模糊', extra: 1 }] }).success,
    ).toBe(false);
    expect(
      SupplementBody.parse({
        problems: [
          { materialCode: 'id_card', reason: ' 模糊 ' },
          { field: 'purpose', reason: '请写明' },
        ],
      }),
    ).toEqual({
      problems: [
        { materialCode: 'id_card', reason: '模糊' },
        { field: 'purpose', reason: '请写明' },
      ],
    });
  });

  it('accept takes no body, an empty one, or distinct material codes as gaps', () => {
    expect(AcceptBody.parse(null)).toBeNull();
    expect(AcceptBody.parse(undefined)).toBeUndefined();
    expect(AcceptBody.parse({ gaps: ['proof'] })).toEqual({ gaps: ['proof'] });
    expect(AcceptBody.safeParse({ gaps: ['proof', 'proof'] }).success).toBe(false);
    expect(AcceptBody.safeParse({ gaps: ['Proof'] }).success).toBe(false);
  });

  it('a pick-up code is six digits; a certificate number has no control characters', () => {
    expect(HandoverBody.safeParse({ pickupCode: '012345' }).success).toBe(true);
    for (const pickupCode of ['12345', '1234567', '12a456', 123456]) {
      expect(HandoverBody.safeParse({ pickupCode }).success).toBe(false);
    }
    expect(IssueBody.safeParse({ certificateNo: '民证字（2026）第001号' }).success).toBe(true);
    expect(IssueBody.safeParse({ certificateNo: 'A\u0000B' }).success).toBe(false);
    expect(IssueBody.safeParse({ certificateNo: '' }).success).toBe(false);
  });

  it('queues default to acceptance, page 1 of 20, and know only five stages and three lights', () => {
    expect(StaffQueueQuery.parse({})).toEqual({ stage: 'acceptance', page: 1, pageSize: 20 });
    // `pickup` (not in API.md): what waits at the window for the results window and the lead department.
    expect(StaffQueueQuery.parse({ stage: 'pickup' }).stage).toBe('pickup');
    expect(StaffQueueQuery.safeParse({ stage: 'shipping' }).success).toBe(false);
    expect(StaffQueueQuery.safeParse({ light: 'blue' }).success).toBe(false);
  });
});
