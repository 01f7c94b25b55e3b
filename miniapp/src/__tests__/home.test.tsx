import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import Taro from '@/__mocks__/taro';
import { fakeServer } from './helpers';

const items = [
  {
    code: 'LNYDZ',
    name: '老年优待证办理',
    department: '民政局',
    trips: 0,
    promisedDays: 5,
    fee: { amount: 0 },
    delivery: { window: true, express: true, expressFee: 0 },
  },
  {
    code: 'YYZZ',
    name: '营业执照办理',
    department: '市场监管局',
    trips: 1,
    promisedDays: 3,
    fee: { amount: 0 },
    delivery: { window: true, express: false, expressFee: 0 },
  },
];
const chains = {
  items: [
    { code: 'ESF', name: '二手房交易', leadDepartment: '不动产登记中心', itemNames: ['不动产转移登记', '契税申报'] },
  ],
  total: 1,
};

function catalogServer() {
  return fakeServer((call) => {
    if (call.url.includes('/chains')) return { status: 200, body: chains };
    const q = new URL(call.url).searchParams.get('q');
    const found = q ? items.filter((i) => i.code === 'LNYDZ' && q === 'lnyd') : items;
    return { status: 200, body: { items: found, total: found.length } };
  });
}

describe('home page', () => {
  it('lists popular items, department chips and chains', async () => {
    catalogServer();
    render(<HomePage />);
    expect(await screen.findByText('营业执照办理')).toBeTruthy();
    expect(screen.getByText('市场监管局', { selector: '.chip' })).toBeTruthy();
    expect(screen.getByText('二手房交易')).toBeTruthy();
    expect(screen.getByText('承诺时限 5 个工作日')).toBeTruthy();
  });

  it('searches by pinyin initials once typing pauses', async () => {
    jest.useFakeTimers();
    const calls = catalogServer();
    render(<HomePage />);
    fireEvent.change(document.getElementById('search-input') as HTMLInputElement, { target: { value: 'ln' } });
    fireEvent.change(document.getElementById('search-input') as HTMLInputElement, { target: { value: 'lnyd' } });
    await act(async () => {
      jest.advanceTimersByTime(350);
    });
    jest.useRealTimers();
    await waitFor(() => expect(screen.queryByText('营业执照办理')).toBeNull());
    expect(screen.getByText('老年优待证办理')).toBeTruthy();
    const searches = calls.filter((c) => c.url.includes('q='));
    // One search of the items and one of the chains, for the words typed last only.
    expect(
      searches.map((c) => `${new URL(c.url).pathname.split('/').pop()}?${new URL(c.url).searchParams.get('q')}`),
    ).toEqual(expect.arrayContaining(['items?lnyd', 'chains?lnyd']));
    expect(searches).toHaveLength(2);
  });

  it('filters 零跑腿 items with trips=0', async () => {
    const calls = catalogServer();
    render(<HomePage />);
    await screen.findByText('营业执照办理');
    fireEvent.click(document.getElementById('chip-zero-trip') as HTMLElement);
    await waitFor(() => expect(calls.some((c) => c.url.includes('trips=0'))).toBe(true));
  });

  it('still renders with a friendly error when the server is down', async () => {
    Taro.request.mockImplementation(() => Promise.reject(new Error('request:fail')));
    render(<HomePage />);
    expect((await screen.findAllByText('暂时无法加载')).length).toBeGreaterThan(0);
    expect(screen.getByText('扫一扫')).toBeTruthy();
  });
});
