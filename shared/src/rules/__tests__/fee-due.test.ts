import { caseFeeDue, type DueItem, feePayableNow, type FeeDue } from '../fees';

const item = (amount: number, due?: FeeDue, status: DueItem['status'] = 'pending'): DueItem => ({
  fee: due ? { amount, due } : { amount },
  status,
});

describe('caseFeeDue', () => {
  it('is the latest due among the items that charge a fee', () => {
    expect(caseFeeDue([item(500, 'submit'), item(8000, 'approval')])).toBe('approval');
    expect(caseFeeDue([item(800, 'issue'), item(8000, 'approval'), item(100, 'submit')])).toBe('issue');
  });

  it('ignores the due of a free item', () => {
    expect(caseFeeDue([item(0, 'issue'), item(500, 'submit')])).toBe('submit');
  });

  it('is submit for postage alone (every item free) and for guides from before dues', () => {
    expect(caseFeeDue([item(0, 'approval')])).toBe('submit');
    expect(caseFeeDue([item(500)])).toBe('submit');
    expect(caseFeeDue([])).toBe('submit');
  });
});

describe('feePayableNow', () => {
  const total = { total: 8000 };

  it('asks a fee due at submit from submission until the case closes', () => {
    const items = [item(8000, 'submit')];
    expect(feePayableNow({ status: 'draft', items, fee: total })).toBe(false);
    for (const status of ['submitted', 'supplement_required', 'accepted', 'approved'])
      expect(feePayableNow({ status, items, fee: total })).toBe(true);
    for (const status of ['withdrawn', 'rejected', 'denied'])
      expect(feePayableNow({ status, items, fee: total })).toBe(false);
  });

  it('asks nothing when there is nothing to pay', () => {
    expect(feePayableNow({ status: 'submitted', items: [item(0)], fee: { total: 0 } })).toBe(false);
  });

  it('asks a fee due at approval once its department approved its item, or the case is approved', () => {
    const pending = [item(8000, 'approval', 'pending'), item(0, 'submit', 'pending')];
    expect(feePayableNow({ status: 'submitted', items: pending, fee: total })).toBe(false);
    expect(feePayableNow({ status: 'accepted', items: pending, fee: total })).toBe(false);
    // 并联审批: 不动产 approved the transfer, 水电气过户 still deciding — the 登记费 may be paid now.
    const charged = [item(8000, 'approval', 'approved'), item(0, 'submit', 'pending')];
    expect(feePayableNow({ status: 'accepted', items: charged, fee: total })).toBe(true);
    expect(feePayableNow({ status: 'approved', items: pending, fee: total })).toBe(true);
  });

  it('asks a fee due before issue only once the whole case is approved', () => {
    const items = [item(800, 'issue', 'approved'), item(0, 'submit', 'pending')];
    expect(feePayableNow({ status: 'accepted', items, fee: { total: 800 } })).toBe(false);
    expect(feePayableNow({ status: 'approved', items, fee: { total: 800 } })).toBe(true);
  });

  it('asks postage with a later item fee in the same one payment, at the later due', () => {
    const items = [item(8000, 'approval', 'pending')];
    expect(feePayableNow({ status: 'submitted', items, fee: { total: 9200 } })).toBe(false);
  });

  it('asks postage alone at submit', () => {
    const items = [item(0, 'issue', 'pending')];
    expect(feePayableNow({ status: 'submitted', items, fee: { total: 1200 } })).toBe(true);
  });
});
