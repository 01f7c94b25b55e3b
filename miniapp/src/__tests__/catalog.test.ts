import { getChain, getItem, listChains, listItems, resolveQr } from '@/services/catalog';
import Taro from '@/__mocks__/taro';
import { API, errorBody, fakeServer } from './helpers';

describe('catalog client', () => {
  it('lists items with only the filters that are set, encoded', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { items: [], total: 0 } }));
    await listItems({ q: ' ltyd ', trips: 0 });
    await listItems({ department: '不动产登记中心', page: 2 });
    await listItems();
    expect(calls.map((c) => c.url)).toEqual([
      `${API}/items?q=ltyd&trips=0`,
      `${API}/items?department=${encodeURIComponent('不动产登记中心')}&page=2`,
      `${API}/items`,
    ]);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('gets guides, chains and QR targets by encoded code', async () => {
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    await getItem('LNYDZ-01');
    await getChain('ESF CHAIN');
    await listChains();
    await resolveQr('aB3_x-9');
    expect(calls.map((c) => c.url)).toEqual([
      `${API}/items/LNYDZ-01`,
      `${API}/chains/ESF%20CHAIN`,
      `${API}/chains`,
      `${API}/qr/aB3_x-9`,
    ]);
  });

  it('is silent by default so pages can show their own error state', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '二维码无效') }));
    await expect(resolveQr('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});
