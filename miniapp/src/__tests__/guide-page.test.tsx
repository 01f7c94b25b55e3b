import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import GuidePage from '@/pages/guide/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { errorBody, fakeServer } from './helpers';

const guide = {
  code: 'LNYDZ',
  name: '老年优待证办理',
  department: '民政局',
  kind: '公共服务',
  legalBasis: '《中华人民共和国老年人权益保障法》',
  conditions: ['年满60周岁'],
  materials: [
    {
      code: 'id_card',
      name: '居民身份证',
      category: '证件类',
      required: true,
      gapAllowed: false,
      formats: ['jpg', 'pdf'],
    },
    { code: 'photo', name: '一寸照片', category: '文书类', required: false, gapAllowed: true, formats: ['jpg'] },
  ],
  form: { fields: [] },
  process: ['在线申请', '审核', '快递送达'],
  legalDays: 20,
  promisedDays: 5,
  fee: { amount: 1250 },
  delivery: { window: true, express: true, expressFee: 1200 },
  windows: [{ hall: '一楼综合受理区', number: 'A08' }],
  trips: 0,
  version: 1,
  updatedAt: '2026-11-01T00:00:00Z',
};

async function openGuide(shown: object = guide) {
  fakeServer((call) =>
    call.url.endsWith('/items/LNYDZ')
      ? { status: 200, body: shown }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  setRouterParams({ code: 'LNYDZ' });
  render(<GuidePage />);
  await screen.findByText('居民身份证');
}

describe('item guide page', () => {
  it('tells everything at once: limits, fee, materials with 必交/容缺, window, delivery', async () => {
    await openGuide();
    expect(document.getElementById('guide-promised-days')?.textContent).toBe('承诺时限5 个工作日法定 20 个工作日');
    expect(document.getElementById('guide-fee')?.textContent).toContain('12.5 元');
    expect(document.getElementById('guide-fee-due')?.textContent).toBe('提交时缴费');
    const materials = document.getElementById('guide-materials') as HTMLElement;
    expect(materials.textContent).toContain('必交');
    expect(materials.textContent).toContain('非必交');
    expect(materials.textContent).toContain('容缺');
    expect(screen.getByText('A08 号窗口')).toBeTruthy();
    expect(screen.getByText('邮费 12 元')).toBeTruthy();
  });

  it('says when the fee is paid: 审批通过后缴费', async () => {
    await openGuide({ ...guide, fee: { amount: 8000, due: 'approval' } });
    expect(document.getElementById('guide-fee')?.textContent).toContain('80 元');
    expect(document.getElementById('guide-fee-due')?.textContent).toBe('审批通过后缴费');
  });

  it('says nothing of when for a free item', async () => {
    await openGuide({ ...guide, fee: { amount: 0, due: 'issue' } });
    expect(document.getElementById('guide-fee')?.textContent).toContain('不收费');
    expect(document.getElementById('guide-fee-due')).toBeNull();
  });

  it('sends a logged-out resident to login, coming back to this guide', async () => {
    await openGuide();
    fireEvent.click(screen.getByRole('button', { name: '在线申请' }));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalled());
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/login/index?redirect=${encodeURIComponent('/pages/guide/index?code=LNYDZ')}`,
    });
  });

  it('says so when the item does not exist', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到') }));
    setRouterParams({ code: 'NOPE' });
    render(<GuidePage />);
    expect(await screen.findByText('没有找到这个事项')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '在线申请' })).toBeNull();
  });
});
