import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import HomePage from '@/pages/home/index';
import { forgetCentre } from '@/hooks/use-centre';
import Taro from '@/__mocks__/taro';
import { fakeServer } from './helpers';

const item = (code: string, name: string, department = '县民政局') => ({
  code,
  name,
  department,
  trips: 0,
  promisedDays: 5,
  fee: { amount: 0 },
  delivery: { window: true, express: true, expressFee: 0 },
});
const POPULAR = [
  item('LAONIAN-YOUDAIZHENG', '老年优待证办理'),
  item('HUJI-QIANYI', '户籍迁移（迁入本县）', '县公安局'),
  item('BDC-ZHUANYI', '不动产转移登记（二手房买卖）', '县自然资源局（不动产登记中心）'),
];
const ESF = {
  code: 'ESF-JIAOYI',
  name: '二手房交易',
  leadDepartment: '县自然资源局（不动产登记中心）',
  itemNames: ['不动产转移登记（二手房买卖）', '契税申报（存量房交易）', '水电气联合过户'],
};
const CENTRE = {
  name: '莒南县政务服务中心',
  address: '山东省临沂市莒南县十字路街道人民路1号',
  phone: '0539-7211000',
  hotline: '12345',
  hours: '工作日 9:00–12:00、13:30–17:00（法定节假日除外）',
};

/** The BFF as the demo catalog answers: 户口 finds 户籍, 二手房 the chain and the item, nonsense nothing. */
function server() {
  return fakeServer((call) => {
    const url = new URL(call.url);
    const q = url.searchParams.get('q') ?? '';
    if (url.pathname.endsWith('/centre')) return { status: 200, body: CENTRE };
    if (url.pathname.endsWith('/chains')) {
      const chains = !q || q === '二手房' ? [ESF] : [];
      return { status: 200, body: { items: chains, total: chains.length } };
    }
    const found = !q ? POPULAR : q === '户口' ? [POPULAR[1]] : q === '二手房' ? [POPULAR[2]] : [];
    return { status: 200, body: { items: found, total: found.length } };
  });
}

async function search(words: string) {
  jest.useFakeTimers();
  fireEvent.change(document.getElementById('search-input') as HTMLInputElement, { target: { value: words } });
  await act(async () => {
    jest.advanceTimersByTime(350);
  });
  jest.useRealTimers();
}

beforeEach(() => forgetCentre());

describe('the home page’s search', () => {
  it('shows the chains that match above the items (二手房 → 二手房交易)', async () => {
    server();
    render(<HomePage />);
    await screen.findByText('老年优待证办理');
    await search('二手房');
    await waitFor(() => expect(screen.getByText('相关一链办理')).toBeTruthy());
    expect(screen.getByText('二手房交易')).toBeTruthy();
    expect(screen.getByText('不动产转移登记（二手房买卖）')).toBeTruthy();
    const chains = document.getElementById('home-chains') as HTMLElement;
    const items = document.getElementById('home-items') as HTMLElement;
    expect(chains.compareDocumentPosition(items) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.getElementById('home-no-results')).toBeNull();
  });

  it('finds items by the words residents use (户口 → 户籍迁移), as the BFF answers', async () => {
    const calls = server();
    render(<HomePage />);
    await screen.findByText('老年优待证办理');
    await search('户口');
    await waitFor(() => expect(screen.queryByText('老年优待证办理')).toBeNull());
    expect(screen.getByText('户籍迁移（迁入本县）')).toBeTruthy();
    expect(calls.some((c) => c.url.includes(`/items?q=${encodeURIComponent('户口')}`))).toBe(true);
  });

  it('an empty result offers 12345, the centre’s line and the popular items, each usable', async () => {
    server();
    render(<HomePage />);
    await screen.findByText('老年优待证办理');
    await search('啊啊啊');
    expect(await screen.findByText('没有找到相关事项')).toBeTruthy();
    const noResults = await waitFor(() => document.getElementById('home-no-results') as HTMLElement);
    fireEvent.click(screen.getByText('12345 政务服务便民热线'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '12345' });
    fireEvent.click(await screen.findByText('中心咨询电话 0539-7211000'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '05397211000' });
    const popular = document.getElementById('home-popular') as HTMLElement;
    expect(noResults.contains(popular)).toBe(true);
    expect(popular.textContent).toContain('老年优待证办理');
    fireEvent.click(screen.getAllByText('户籍迁移（迁入本县）')[0] as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/guide/index?code=HUJI-QIANYI' });
  });
});
