import { render, screen, waitFor } from '@testing-library/react';
import QrPage from '@/pages/qr/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer } from './helpers';

describe('qr page', () => {
  it('resolves a scene and replaces itself with the item guide', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { kind: 'item', target: 'LNYDZ' } }));
    setRouterParams({ scene: encodeURIComponent('Tk9zP2aa') });
    render(<QrPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/guide/index?code=LNYDZ' }));
    expect(calls[0]?.url).toBe(`${API}/qr/Tk9zP2aa`);
  });

  it('opens a chain guide for a chain code read from q', async () => {
    fakeServer(() => ({ status: 200, body: { kind: 'chain', target: 'ESF' } }));
    setRouterParams({ q: encodeURIComponent('https://onetrip.example/q/Chain001') });
    render(<QrPage />);
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/chain/index?code=ESF' }));
  });

  it('says the code is invalid when the server does not know it', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') }));
    setRouterParams({ token: 'Gone0001' });
    render(<QrPage />);
    expect(await screen.findByText('二维码无效或已失效')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('says the code is invalid without asking the server when there is no token', async () => {
    const calls = fakeServer(() => ({ status: 200, body: {} }));
    setRouterParams({ scene: '%E0%A4%A' });
    render(<QrPage />);
    expect(await screen.findByText('二维码无效或已失效')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('offers a retry when the server cannot be reached', async () => {
    Taro.request.mockImplementation(() => Promise.reject(new Error('request:fail')));
    setRouterParams({ token: 'Tk9zP2aa' });
    render(<QrPage />);
    expect(await screen.findByText('暂时无法识别')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
  });
});
