import { CASE_STATUSES } from '../../constants/case-status';
import { caseStage, cnMonthDay, noticeTargets, type CaseStageInput, type CaseStageSummary } from '../case-stage';

type Status = CaseStageInput['status'];

/** A one-item window case in `status`; pass what differs. */
function view(status: Status, over: Partial<CaseStageInput> = {}): CaseStageInput {
  return {
    status,
    delivery: { method: 'window' },
    deadline: null,
    notices: [],
    fee: { total: 0, payableNow: false },
    items: [{ name: '老年优待证办理', status: 'pending' }],
    timeline: [{ action: 'created' }],
    materials: [{ code: 'id_card', name: '居民身份证' }],
    form: { fields: [{ key: 'address', label: '本县居住地址' }] },
    ...over,
  };
}

/** The steps as one line: ✓ done, ● current, ✕ stopped, ○ todo. */
const bar = (s: CaseStageSummary) =>
  s.steps.map((x) => ({ done: '✓', current: '●', stopped: '✕', todo: '○' })[x.state] + x.label).join(' ');

describe('caseStage', () => {
  it('has words, a stage and a next step for every status of the lifecycle', () => {
    for (const status of CASE_STATUSES) {
      const s = caseStage(view(status));
      expect(s.steps.map((x) => x.label)).toEqual(['申请', '受理', '审批', '办结', '送达']);
      expect(s.status.length).toBeGreaterThan(3);
      expect(s.next.text.length).toBeGreaterThan(3);
      expect(s.status).not.toMatch(/[a-z_]{4,}/); // no codes
      expect(s.next.text).not.toMatch(/[a-z_]{4,}/);
    }
  });

  it('a draft is at 申请, to be filled and submitted', () => {
    const s = caseStage(view('draft'));
    expect(bar(s)).toBe('●申请 ○受理 ○审批 ○办结 ○送达');
    expect(s.next).toEqual({ text: '请填写信息、上传材料，确认后提交申请', action: 'continue', tone: 'normal' });
  });

  it('a submitted case waits for acceptance with nothing to do; a resubmitted one says so', () => {
    const s = caseStage(view('submitted', { timeline: [{ action: 'created' }, { action: 'submitted' }] }));
    expect(bar(s)).toBe('✓申请 ●受理 ○审批 ○办结 ○送达');
    expect(s.status).toBe('申请已提交，窗口正在审核您的材料');
    expect(s.next).toEqual({ text: '无需操作，受理后会通知您', action: 'none', tone: 'normal' });
    const again = caseStage(
      view('submitted', {
        timeline: [{ action: 'submitted' }, { action: 'supplement_requested' }, { action: 'resubmitted' }],
      }),
    );
    expect(again.status).toBe('补正材料已提交，窗口正在重新审核');
  });

  it('a fee due now and unpaid is the next step (paid, it is not)', () => {
    const fee = { total: 1250, payableNow: true };
    const s = caseStage(view('submitted', { fee }));
    expect(s.next).toEqual({ text: '请支付 ¥12.50，缴费后才能出证', action: 'pay', tone: 'warning' });
    expect(caseStage(view('submitted', { fee, payment: { status: 'paid' } })).next.action).toBe('none');
    expect(caseStage(view('approved', { fee, payment: { status: 'unpaid' } })).next.action).toBe('pay');
    expect(caseStage(view('accepted', { fee: { total: 1250, payableNow: false } })).next.action).toBe('none');
  });

  it('supplement_required asks, in warning, for exactly what the latest notice names', () => {
    const s = caseStage(
      view('supplement_required', {
        notices: [
          { problems: [{ field: 'address', reason: '旧告知' }] },
          {
            problems: [
              { materialCode: 'id_card', reason: '身份证照片反光' },
              { field: 'address', reason: '请写明门牌号' },
              { field: 'delivery', reason: '请改选快递' },
              { materialCode: 'authorization', reason: '请上传纸质授权书' },
            ],
          },
        ],
      }),
    );
    expect(bar(s)).toBe('✓申请 ●受理 ○审批 ○办结 ○送达');
    expect(s.tone).toBe('warning');
    expect(s.next).toEqual({
      text: '请补正：居民身份证、本县居住地址、领取方式、纸质授权委托书',
      action: 'supplement',
      tone: 'warning',
    });
  });

  it('an accepted case says by when it will be done, in Beijing days', () => {
    const deadline = { dueAt: '2026-12-08T09:59:59.999Z', light: 'green' as const, paused: false };
    const s = caseStage(view('accepted', { deadline }));
    expect(bar(s)).toBe('✓申请 ✓受理 ●审批 ○办结 ○送达');
    expect(s.status).toBe('窗口正在审核您的材料，预计 12月8日前办结');
    expect(s.next).toEqual({ text: '无需操作，办结后会通知您', action: 'none', tone: 'normal' });
    expect(caseStage(view('accepted', { deadline: { ...deadline, light: 'yellow' } })).tone).toBe('warning');
    const red = caseStage(view('accepted', { deadline: { ...deadline, light: 'red' } }));
    expect(red.tone).toBe('danger');
    expect(red.status).toContain('已超过承诺办结时间（12月8日）');
  });

  it('a chain tells how many items are decided, and waits in warning for the lead department after a denial', () => {
    const items = [
      { name: '不动产转移登记', status: 'approved' as const },
      { name: '契税申报', status: 'pending' as const },
      { name: '水电气过户', status: 'pending' as const },
    ];
    expect(caseStage(view('accepted', { items, chain: { name: '二手房交易' } })).status).toContain('已审批 1/3 项');
    const waiting = caseStage(view('accepted', { items, awaitingChainDecision: true }));
    expect(waiting.tone).toBe('warning');
    expect(waiting.status).toContain('等待牵头部门决定');
  });

  it('open 容缺 gaps come first, in danger once overdue', () => {
    const gaps = [{ name: '户口簿', due: '2026-12-08', overdue: false }];
    expect(caseStage(view('accepted', { gapList: gaps, fee: { total: 500, payableNow: true } })).next).toEqual({
      text: '请在 12月8日 前补交容缺材料：户口簿',
      action: 'gaps',
      tone: 'warning',
    });
    const overdue = caseStage(view('approved', { gapList: [{ ...gaps[0]!, overdue: true }] }));
    expect(overdue.next.tone).toBe('danger');
    expect(bar(overdue)).toBe('✓申请 ✓受理 ✓审批 ●办结 ○送达');
  });

  it('ready for pick-up: the next step names the window', () => {
    const s = caseStage(view('ready_for_pickup', { pickup: { window: '综合受理窗口 A03–A06' } }));
    expect(bar(s)).toBe('✓申请 ✓受理 ✓审批 ✓办结 ●送达');
    expect(s.steps[4]?.detail).toBe('窗口领取');
    expect(s.next).toEqual({ text: '请凭取件码到综合受理窗口 A03–A06领取', action: 'pickup', tone: 'normal' });
    expect(caseStage(view('ready_for_pickup')).next.text).toBe('请凭取件码到窗口领取');
  });

  it('an express case: shipped, a failed attempt in warning, locked in danger, then signed for', () => {
    const express = { delivery: { method: 'express' as const } };
    const shipment = { locked: false, status: 'picked_up', events: [{ action: 'created' }, { action: 'picked_up' }] };
    const shipped = caseStage(view('shipping', { ...express, shipment }));
    expect(shipped.steps[4]).toEqual({ stage: 'deliver', label: '送达', detail: '政务快递', state: 'current' });
    expect(shipped.next).toEqual({ text: '快递已发出，留意签收（签收时出示签收码）', action: 'track', tone: 'normal' });
    const failed = caseStage(
      view('shipping', {
        ...express,
        shipment: { ...shipment, events: [...shipment.events, { action: 'failed_attempt' }] },
      }),
    );
    expect([failed.tone, failed.next.tone, failed.status]).toEqual(['warning', 'warning', '快递投递未成功']);
    const locked = caseStage(view('shipping', { ...express, shipment: { ...shipment, locked: true } }));
    expect([locked.tone, locked.next.tone]).toEqual(['danger', 'danger']);
    expect(locked.status).toContain('锁定');
    const delivered = caseStage(view('delivered', express));
    expect(bar(delivered)).toBe('✓申请 ✓受理 ✓审批 ✓办结 ✓送达');
    expect(delivered.next.action).toBe('rate');
  });

  it('completed: every stage done, the 送达 step read by how it ended, then the rating', () => {
    const window = caseStage(view('completed'));
    expect(bar(window)).toBe('✓申请 ✓受理 ✓审批 ✓办结 ✓送达');
    expect([window.tone, window.status]).toEqual(['success', '证照已在窗口领取，办件已办结']);
    expect(window.next).toEqual({ text: '请为本次服务评价', action: 'rate', tone: 'normal' });
    const rated = caseStage(view('completed', { timeline: [{ action: 'completed' }, { action: 'evaluated' }] }));
    expect(rated.next).toEqual({ text: '无需操作，感谢您的评价', action: 'none', tone: 'normal' });
    expect(caseStage(view('completed', { delivery: { method: 'express' } })).status).toBe('证照已签收，办件已办结');
  });

  it('an electronic result (电子送达) ends at 送达 as a download', () => {
    const electronic = { delivery: { method: 'electronic' as const } };
    const done = caseStage(view('completed', electronic));
    expect(done.steps[4]).toEqual({ stage: 'deliver', label: '送达', detail: '电子送达', state: 'done' });
    expect(done.status).toBe('办理结果已电子送达，可随时下载');
    const rated = caseStage(view('completed', { ...electronic, timeline: [{ action: 'evaluated' }] }));
    expect(rated.next.action).toBe('download');
    expect(caseStage(view('issued', electronic)).next.action).toBe('download');
  });

  it('withdrawn stops where it was: at 申请 as a draft, at 受理 once submitted', () => {
    const draft = caseStage(view('withdrawn'));
    expect(bar(draft)).toBe('✕申请 ○受理 ○审批 ○办结 ○送达');
    expect(draft.tone).toBe('muted');
    expect(draft.next).toEqual({ text: '如需办理，请重新申请', action: 'reapply', tone: 'normal' });
    const submitted = caseStage(view('withdrawn', { timeline: [{ action: 'submitted' }, { action: 'withdrawn' }] }));
    expect(bar(submitted)).toBe('✓申请 ✕受理 ○审批 ○办结 ○送达');
  });

  it('不予受理 and 不予许可 stop in danger with their reasons; a paid fee is said to come back', () => {
    const rejected = caseStage(
      view('rejected', { timeline: [{ action: 'submitted' }, { action: 'rejected', note: '不属于本县管辖' }] }),
    );
    expect(bar(rejected)).toBe('✓申请 ✕受理 ○审批 ○办结 ○送达');
    expect([rejected.tone, rejected.status]).toEqual(['danger', '窗口不予受理：不属于本县管辖']);
    expect(rejected.next.action).toBe('reapply');
    const denied = caseStage(
      view('denied', {
        items: [{ name: '老年优待证办理', status: 'denied', denyReason: '年龄未满60周岁' }],
        payment: { status: 'refunding' },
      }),
    );
    expect(bar(denied)).toBe('✓申请 ✓受理 ✕审批 ○办结 ○送达');
    expect(denied.status).toBe('申请不予许可：年龄未满60周岁');
    expect(denied.next.text).toBe('已缴费用正在原路退还，无需操作');
    expect(caseStage(view('rejected', { payment: { status: 'refunded' } })).next.text).toBe('已缴费用已原路退还');
  });
});

describe('noticeTargets', () => {
  it('names what the latest notice names once each; an unknown target by the reason', () => {
    const v = view('supplement_required', {
      notices: [
        {
          problems: [
            { materialCode: 'id_card', reason: 'a' },
            { materialCode: 'id_card', reason: 'b' },
            { field: 'gone', reason: '请补充说明' },
          ],
        },
      ],
    });
    expect(noticeTargets(v)).toEqual(['居民身份证', '请补充说明']);
    expect(noticeTargets(view('submitted'))).toEqual([]);
  });
});

describe('cnMonthDay', () => {
  it('is the Beijing date of an instant', () => {
    expect(cnMonthDay('2026-12-07T16:30:00Z')).toBe('12月8日');
    expect(cnMonthDay('2026-01-01T00:00:00+08:00')).toBe('1月1日');
    expect(cnMonthDay('nonsense')).toBe('');
  });
});
