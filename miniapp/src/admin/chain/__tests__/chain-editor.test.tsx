import { fireEvent, render, waitFor } from '@testing-library/react';
import AdminChainPage from '@/admin/chain/index';
import { setRouterParams } from '@/__mocks__/taro';
import { errorBody, loginAs } from '@/__tests__/helpers';
import { adminServer, byId, text, typeInto, valueOf, writes, ZHANG } from '../../common/__tests__/catalog-fixtures';

const catalogRow = (code: string, name: string, version: number | null = 1) => ({
  code,
  name,
  department: '县不动产登记中心',
  version,
  updatedAt: null,
  draft: null,
});

const CATALOG = [
  catalogRow('BDCZY', '不动产转移登记'),
  catalogRow('QSSB', '契税申报'),
  catalogRow('SDQGH', '水电气过户'),
  catalogRow('WFB', '尚未发布的事项', null),
];

const ESF = { name: '二手房交易', leadDepartment: '县不动产登记中心', items: ['BDCZY', 'QSSB'] };
const chainGuide = (version: number) => ({
  code: 'ESF',
  ...ESF,
  items: [],
  materials: [],
  form: { fields: [] },
  promisedDays: 5,
  trips: 1,
  version,
});

function openChain(put: Parameters<typeof adminServer>[0][string]) {
  loginAs('access-admin');
  const calls = adminServer({
    'GET /admin/items': { status: 200, body: { items: CATALOG, total: CATALOG.length } },
    'GET /admin/chains/ESF/versions': {
      status: 200,
      body: { items: [{ version: 2, at: '2026-11-01T12:00:00Z', by: ZHANG, changes: ['items'] }] },
    },
    'GET /admin/chains/ESF/versions/2': {
      status: 200,
      body: { version: 2, at: '2026-11-01T12:00:00Z', by: ZHANG, guide: ESF },
    },
    'PUT /admin/chains/ESF': put,
  });
  setRouterParams({ code: 'ESF' });
  render(<AdminChainPage />);
  return calls;
}

describe('编辑一链办理', () => {
  it('saves the items in the order set, with If-Match of the version read', async () => {
    const calls = openChain({ status: 200, body: chainGuide(3) });
    await waitFor(() => expect(text('chain-item-0')).toContain('不动产转移登记'));
    expect(valueOf('chain-name')).toBe('二手房交易');
    // Only published items that are not in the chain yet can be added.
    expect(document.getElementById('chain-pick-BDCZY')).toBeNull();
    expect(document.getElementById('chain-pick-WFB')).toBeNull();
    fireEvent.click(byId('chain-pick-SDQGH'));
    fireEvent.click(byId('chain-item-2-up'));
    fireEvent.click(byId('chain-item-0-down'));
    expect(text('chain-items')).toMatch(/水电气过户.*不动产转移登记.*契税申报/);
    fireEvent.click(byId('chain-save'));
    await waitFor(() => expect(text('chain-status')).toBe('已保存'));
    const [put] = writes(calls);
    expect(put?.header['If-Match']).toBe('2');
    expect(put?.data).toEqual({ ...ESF, items: ['SDQGH', 'BDCZY', 'QSSB'] });
  });

  it('says under the list that a chain needs two items, and does not save one', async () => {
    const calls = openChain({ status: 200, body: chainGuide(3) });
    await waitFor(() => expect(text('chain-item-1')).toContain('契税申报'));
    fireEvent.click(byId('chain-item-1-remove'));
    await waitFor(() => expect(text('chain-items-error')).toBe('至少 2 项'));
    expect(text('chain-problems')).toContain('1 个问题');
    fireEvent.click(byId('chain-save'));
    expect(writes(calls)).toHaveLength(0);
  });

  it('explains a conflict with another admin’s save and offers to reload', async () => {
    openChain({ status: 409, body: errorBody('VERSION_CONFLICT', '内容已被他人更新，请刷新后重试') });
    await waitFor(() => expect(text('chain-item-0')).toContain('不动产转移登记'));
    typeInto('chain-name', '二手房买卖');
    fireEvent.click(byId('chain-save'));
    await waitFor(() => expect(text('chain-conflict')).toContain('其他管理员保存了这个一链办理的新版本'));
    fireEvent.click(byId('chain-conflict-reload'));
    await waitFor(() => expect(valueOf('chain-name')).toBe('二手房交易'));
    expect(document.getElementById('chain-conflict')).toBeNull();
  });

  it('creates a new chain only if its code is free (If-Match 0)', async () => {
    loginAs('access-admin');
    const calls = adminServer({
      'GET /admin/items': { status: 200, body: { items: CATALOG, total: CATALOG.length } },
      'PUT /admin/chains/YD': { status: 201, body: { ...chainGuide(1), code: 'YD', name: '药店设立' } },
    });
    setRouterParams({});
    render(<AdminChainPage />);
    await waitFor(() => expect(byId('chain-pick-QSSB')).toBeTruthy());
    typeInto('chain-code', 'yd');
    typeInto('chain-name', '药店设立');
    typeInto('chain-lead-department', '县市场监管局');
    fireEvent.click(byId('chain-pick-QSSB'));
    fireEvent.click(byId('chain-pick-SDQGH'));
    fireEvent.click(byId('chain-save'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(writes(calls)[0]?.header['If-Match']).toBe('0');
    expect(writes(calls)[0]?.data).toEqual({
      name: '药店设立',
      leadDepartment: '县市场监管局',
      items: ['QSSB', 'SDQGH'],
    });
    await waitFor(() => expect(byId('chain-code').hasAttribute('disabled')).toBe(true));
  });
});

describe('修改记录 of a chain', () => {
  it('shows an old version read only and loads it into the editor to save as the next one', async () => {
    loginAs('access-admin');
    const old = { name: '二手房过户', leadDepartment: '县住建局', items: ['QSSB', 'BDCZY'], description: '旧说明' };
    const calls = adminServer({
      'GET /admin/items': { status: 200, body: { items: CATALOG, total: CATALOG.length } },
      'GET /admin/chains/ESF/versions': {
        status: 200,
        body: {
          items: [
            { version: 2, at: '2026-11-01T12:00:00Z', by: ZHANG, changes: ['items'] },
            {
              version: 1,
              at: '2026-10-01T12:00:00Z',
              by: null,
              changes: ['name', 'leadDepartment', 'items', 'description'],
            },
          ],
        },
      },
      'GET /admin/chains/ESF/versions/2': {
        status: 200,
        body: { version: 2, at: '2026-11-01T12:00:00Z', by: ZHANG, guide: ESF },
      },
      'GET /admin/chains/ESF/versions/1': {
        status: 200,
        body: { version: 1, at: '2026-10-01T12:00:00Z', by: null, guide: old },
      },
      'PUT /admin/chains/ESF': { status: 200, body: chainGuide(3) },
    });
    setRouterParams({ code: 'ESF' });
    render(<AdminChainPage />);
    await waitFor(() => expect(byId('version-1')).toBeTruthy());
    expect(text('version-2')).toContain('张敏');
    expect(text('version-2')).toContain('修改：包含的事项');
    expect(text('version-1')).toContain('系统');
    fireEvent.click(byId('version-1'));
    await waitFor(() => expect(text('version-view')).toContain('契税申报 → 不动产转移登记'));
    expect(text('version-view')).toContain('县住建局');
    fireEvent.click(byId('version-load'));
    expect(valueOf('chain-name')).toBe('二手房过户');
    fireEvent.click(byId('chain-save'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(writes(calls)[0]?.data).toEqual(old);
    expect(writes(calls)[0]?.header['If-Match']).toBe('2');
  });
});
