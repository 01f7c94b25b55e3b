import { fireEvent, render, waitFor } from '@testing-library/react';
import AdminItemsPage from '@/admin/items/index';
import Taro from '@/__mocks__/taro';
import { loginAs, type FakeCall } from '@/__tests__/helpers';
import { adminServer, byId, text, typeInto, ZHANG } from '../../common/__tests__/catalog-fixtures';

const row = (code: string, name: string, extra: object = {}) => ({
  code,
  name,
  department: '县民政局',
  version: 3,
  updatedAt: '2026-11-01T12:00:00Z',
  draft: null,
  ...extra,
});

const firstPage = {
  items: [
    row('LNYDZ', '老年优待证办理', { draft: { savedAt: '2026-11-20T12:00:00Z', by: ZHANG } }),
    row('NEW-1', '残疾人两项补贴', {
      version: null,
      updatedAt: null,
      draft: { savedAt: '2026-11-21T12:00:00Z', by: ZHANG },
    }),
  ],
  total: 45,
};

const query = (call: FakeCall) => new URL(call.url).searchParams;

function openList() {
  loginAs('access-admin');
  const calls = adminServer({
    'GET /admin/items': (call) =>
      query(call).get('q') === '老年'
        ? { status: 200, body: { items: [firstPage.items[0]], total: 1 } }
        : {
            status: 200,
            body: query(call).get('page') === '2' ? { items: [row('YLBX', '养老保险缴纳')], total: 45 } : firstPage,
          },
    'GET /admin/chains': {
      status: 200,
      body: {
        items: [
          { code: 'ESF', name: '二手房交易', leadDepartment: '县不动产登记中心', items: ['A', 'B', 'C'], version: 2 },
        ],
        total: 1,
      },
    },
  });
  render(<AdminItemsPage />);
  return calls;
}

describe('事项与一链办理', () => {
  it('lists items with their published version and a draft with who saved it and when', async () => {
    openList();
    await waitFor(() => expect(byId('item-row-LNYDZ')).toBeTruthy());
    expect(text('item-row-LNYDZ')).toContain('第 3 版');
    expect(text('item-row-LNYDZ-draft')).toContain('草稿');
    expect(text('item-row-LNYDZ-draft')).toContain('张敏 · 2026-11-20');
    expect(text('item-row-NEW-1')).toContain('未发布');
    expect(text('items-page')).toBe('第 1/3 页 · 共 45 项');
    expect(text('chain-row-ESF')).toContain('二手房交易');
    expect(text('chain-row-ESF')).toContain('3 个事项');
  });

  it('pages through the items and searches from the first page', async () => {
    const calls = openList();
    await waitFor(() => expect(byId('item-row-LNYDZ')).toBeTruthy());
    fireEvent.click(byId('items-next'));
    await waitFor(() => expect(byId('item-row-YLBX')).toBeTruthy());
    expect(text('items-page')).toBe('第 2/3 页 · 共 45 项');
    expect(query(calls.filter((c) => c.url.includes('/admin/items')).at(-1) as FakeCall).get('pageSize')).toBe('20');

    typeInto('search-input', '老年');
    await waitFor(() => expect(text('items-page')).toBe('第 1/1 页 · 共 1 项'));
    const last = calls.filter((c) => c.url.includes('/admin/items')).at(-1) as FakeCall;
    expect(query(last).get('q')).toBe('老年');
    expect(query(last).get('page')).toBe('1');
  });

  it('opens an item, a chain, a new item and a new chain in the editors', async () => {
    openList();
    await waitFor(() => expect(byId('item-row-LNYDZ')).toBeTruthy());
    fireEvent.click(byId('item-row-LNYDZ'));
    fireEvent.click(byId('chain-row-ESF'));
    fireEvent.click(byId('new-item'));
    fireEvent.click(byId('new-chain'));
    expect(Taro.navigateTo.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([
      '/admin/item/index?code=LNYDZ',
      '/admin/chain/index?code=ESF',
      '/admin/item/index',
      '/admin/chain/index',
    ]);
  });
});
