import { fireEvent, render, waitFor } from '@testing-library/react';
import { type ApplicationView, type TimelineEvent } from '@onetrip/shared';
import CaseDetailPage from '@/pages/cases/detail/index';
import { caseTimelineRows, eventLabel, timelineTone } from '@/components/Timeline';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';

const CASE_URL = `${API}/applications/${CASE_ID}`;
const at = (n: number) => `2026-11-2${n}T0${n}:00:00.000Z`;
const event = (action: string, n: number, role: TimelineEvent['actor']['role'] = 'staff'): TimelineEvent => ({
  at: at(n),
  actor: { role },
  action,
});

async function open(view: ApplicationView) {
  loginAs();
  fakeServer((call) =>
    call.method === 'GET' && call.url === CASE_URL
      ? { status: 200, body: view }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  setRouterParams({ id: CASE_ID });
  render(<CaseDetailPage />);
  await waitFor(() => expect(document.getElementById('case-stage')).not.toBeNull());
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
/** The stage bar as ✓ done, ● current, ✕ stopped, ○ todo. */
const bar = () =>
  [...document.querySelectorAll('#case-stage .stage__step')]
    .map((s) => {
      const mark = { done: '✓', current: '●', stopped: '✕', todo: '○' }[s.getAttribute('data-state') ?? 'todo'];
      return `${mark}${s.querySelector('.stage__label')?.textContent ?? ''}`;
    })
    .join(' ');

const notice = {
  id: 'n1',
  at: '2026-11-26T01:00:00.000Z',
  problems: [
    { materialCode: 'id_card', reason: '身份证照片反光看不清' },
    { field: 'companyName', reason: '与营业执照不一致' },
  ],
};

describe('the case page says where the case stands and what to do next', () => {
  it('a submitted case: 受理 is current, nothing to do', async () => {
    await open(
      caseView({ status: 'submitted', number: 'ZW20261125000123', timeline: [event('submitted', 1, 'resident')] }),
    );
    expect(bar()).toBe('✓申请 ●受理 ○审批 ○办结 ○送达');
    expect(text('case-stage-status')).toBe('申请已提交，窗口正在审核您的材料');
    expect(text('case-next-text')).toBe('无需操作，受理后会通知您');
    expect(byId('case-next').dataset.tone).toBe('normal');
    expect(document.getElementById('case-next-button')).toBeNull();
  });

  it('补正: the next step names what the notice asks for, in warning colours, and 去补正 opens the first named step', async () => {
    await open(caseView({ status: 'supplement_required', notices: [notice] }));
    expect(bar()).toBe('✓申请 ●受理 ○审批 ○办结 ○送达');
    expect(text('case-next-text')).toBe('请补正：居民身份证、单位名称');
    expect(byId('case-next').className).toContain('next-step--warning');
    expect(byId('case-stage-status').className).toContain('stage__status--warning');
    fireEvent.click(byId('case-next-button'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/form/index?id=${CASE_ID}&check=1` });
    // The notice's own section goes to the same place.
    fireEvent.click(byId('supplement-button'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/form/index?id=${CASE_ID}&check=1` });
  });

  it('补正 of materials only: 去补正 goes straight to the materials', async () => {
    await open(caseView({ status: 'supplement_required', notices: [{ ...notice, problems: [notice.problems[0]!] }] }));
    fireEvent.click(byId('case-next-button'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/apply/materials/index?id=${CASE_ID}` });
  });

  it('an accepted case says by when it will be done; past its time in danger colours', async () => {
    const deadline = { dueAt: '2026-12-08T09:00:00.000Z', light: 'green' as const, paused: false };
    await open(caseView({ status: 'accepted', deadline }));
    expect(bar()).toBe('✓申请 ✓受理 ●审批 ○办结 ○送达');
    expect(text('case-stage-status')).toBe('窗口正在审核您的材料，预计 12月8日前办结');
    expect(text('case-next-text')).toBe('无需操作，办结后会通知您');
  });

  it('past the promised time: the sentence is in danger colours', async () => {
    const deadline = { dueAt: '2026-12-08T09:00:00.000Z', light: 'red' as const, paused: false };
    await open(caseView({ status: 'accepted', deadline }));
    expect(byId('case-stage-status').dataset.tone).toBe('danger');
  });

  it('a fee due: 请支付 with the amount, and the button goes to the payment', async () => {
    await open(
      caseView({ status: 'approved', fee: { items: 1250, express: 0, total: 1250, due: 'submit', payableNow: true } }),
    );
    expect(bar()).toBe('✓申请 ✓受理 ✓审批 ●办结 ○送达');
    expect(text('case-next-text')).toBe('请支付 ¥12.50，缴费后才能出证');
    fireEvent.click(byId('case-next-button'));
    expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#case-payment' }));
  });

  it('ready for pick-up: the code with the window, hall, hours, address and a map link', async () => {
    const address = '山东省临沂市莒南县十字路街道民主路1号';
    await open(
      caseView({
        status: 'ready_for_pickup',
        delivery: { method: 'window' },
        pickupCode: '482913',
        pickup: {
          window: '综合受理窗口 A03–A06',
          hall: '县政务服务中心一楼',
          hours: '工作日 9:00–12:00、13:30–17:00（法定节假日除外）',
          address,
          mapUrl: `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`,
        },
      }),
    );
    expect(bar()).toBe('✓申请 ✓受理 ✓审批 ✓办结 ●送达');
    expect(text('stage-deliver')).toContain('窗口领取');
    expect(text('case-next-text')).toBe('请凭取件码到综合受理窗口 A03–A06领取');
    expect(text('pickup-code')).toBe('482913');
    expect(text('pickup-window')).toBe('县政务服务中心一楼 综合受理窗口 A03–A06');
    expect(text('pickup-hours')).toBe('工作日 9:00–12:00、13:30–17:00（法定节假日除外）');
    expect(text('pickup-address')).toBe(address);
    const map = byId('pickup-map') as HTMLAnchorElement;
    expect(map.getAttribute('href')).toBe(`https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`);
    expect(map.getAttribute('target')).toBe('_blank');
  });

  it('an electronic result ends at 送达 as a download; then the rating', async () => {
    await open(
      caseView({ status: 'completed', delivery: { method: 'electronic' }, timeline: [event('completed', 1)] }),
    );
    expect(bar()).toBe('✓申请 ✓受理 ✓审批 ✓办结 ✓送达');
    expect(text('stage-deliver')).toContain('电子送达');
    expect(text('case-stage-status')).toBe('办理结果已电子送达，可随时下载');
    expect(text('case-next-text')).toBe('请为本次服务评价');
    fireEvent.click(byId('case-next-button'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: `/pages/cases/rate/index?id=${CASE_ID}&from=case` });
  });

  it('不予受理 stops at 受理 in danger colours, with the reason', async () => {
    await open(
      caseView({
        status: 'rejected',
        timeline: [event('submitted', 1, 'resident'), { ...event('rejected', 2), note: '不属于本县管辖' }],
      }),
    );
    expect(bar()).toBe('✓申请 ✕受理 ○审批 ○办结 ○送达');
    expect(text('case-stage-status')).toBe('窗口不予受理：不属于本县管辖');
    expect(byId('case-stage-status').dataset.tone).toBe('danger');
  });
});

describe('timeline tones', () => {
  it('marks alarms in warning or danger, results in green, progress neutral', () => {
    expect(
      ['supplement_requested', 'intake_refused', 'delivery_failed', 'refunded', 'refund_requested'].map(timelineTone),
    ).toEqual(['warning', 'warning', 'warning', 'warning', 'warning']);
    expect(['rejected', 'denied', 'item_denied', 'shipment_locked'].map(timelineTone)).toEqual([
      'danger',
      'danger',
      'danger',
      'danger',
    ]);
    expect(['completed', 'delivered', 'approved', 'handed_over'].map(timelineTone)).toEqual([
      'success',
      'success',
      'success',
      'success',
    ]);
    expect(['created', 'submitted', 'accepted', 'resubmitted', 'shipped'].map(timelineTone)).toEqual([
      'normal',
      'normal',
      'normal',
      'normal',
      'normal',
    ]);
  });

  it('words every event, never its code', () => {
    expect(eventLabel('shipment_locked')).toBe('签收码错误次数过多，快递已锁定');
    expect(eventLabel('something_new')).toBe('办件进度更新');
    expect(caseTimelineRows([event('supplement_requested', 1)])[0]).toMatchObject({
      label: '需补正材料',
      who: '窗口人员',
      tone: 'warning',
    });
  });

  it('draws the latest alarm in warning colours, not as the green of progress', async () => {
    await open(
      caseView({
        status: 'supplement_required',
        notices: [notice],
        timeline: [event('submitted', 1, 'resident'), event('supplement_requested', 2)],
      }),
    );
    const events = [...document.querySelectorAll('#case-timeline .timeline__event')];
    expect(events.map((e) => e.getAttribute('data-tone'))).toEqual(['warning', 'normal']);
    expect(events[0]?.className).toContain('timeline__event--warning');
  });
});
