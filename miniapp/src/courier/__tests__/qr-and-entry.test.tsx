import { fireEvent, render, waitFor } from '@testing-library/react';
import MePage from '@/pages/me/index';
import QrPage from '@/pages/qr/index';
import { pageForQrTarget } from '@/pages/qr/resolve';
import { scanQrToken } from '@/platform/scan-token.weapp';
import { tokenFromScan } from '../../platform/scan-token-types';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, fakeServer, loginAs } from '@/__tests__/helpers';
import { SHIPMENT_ID } from './fixtures';

describe('an envelope’s QR code', () => {
  it('leads to the courier’s shipment page', () => {
    expect(pageForQrTarget({ kind: 'shipment', target: SHIPMENT_ID })).toBe(
      `/courier/shipment/index?id=${SHIPMENT_ID}`,
    );
  });

  it('opened on H5 as /q/<token>, replaces the qr page with that shipment', async () => {
    const calls = fakeServer(() => ({ status: 200, body: { kind: 'shipment', target: SHIPMENT_ID } }));
    setRouterParams({ token: 's-Tk9zP2aa' });
    render(<QrPage />);
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/courier/shipment/index?id=${SHIPMENT_ID}` }),
    );
    expect(calls[0]?.url).toBe(`${API}/qr/s-Tk9zP2aa`);
  });
});

describe('weapp scan of an envelope', () => {
  it('reads the token from a printed URL or from this mini-program’s own code', () => {
    expect(tokenFromScan(undefined, 'https://onetrip.example/q/s-Tk9zP2aa')).toBe('s-Tk9zP2aa');
    expect(tokenFromScan('pages/qr/index?scene=s-Tk9zP2aa', '')).toBe('s-Tk9zP2aa');
    expect(tokenFromScan('pages/qr/index?scene=s-Tk9zP2aa%2500', '')).toBeNull();
    expect(tokenFromScan(undefined, 'https://example.com/other')).toBeNull();
  });

  it('tells a cancelled scan and a stranger’s code from a token', async () => {
    Taro.scanCode.mockResolvedValueOnce({ result: 'https://onetrip.example/q/s-Tk9zP2aa', scanType: 'QR_CODE' });
    await expect(scanQrToken()).resolves.toEqual({ kind: 'token', token: 's-Tk9zP2aa' });
    expect(Taro.scanCode).toHaveBeenCalledWith({ onlyFromCamera: true, scanType: ['qrCode'] });
    Taro.scanCode.mockResolvedValueOnce({ result: '6901234567892', scanType: 'EAN_13' });
    await expect(scanQrToken()).resolves.toEqual({ kind: 'foreign' });
    await expect(scanQrToken()).resolves.toEqual({ kind: 'cancelled' });
  });
});

describe('me: the courier entry', () => {
  const me = (roles: string[], courierCompany?: string) => ({
    id: 'u1',
    roles,
    activeRole: 'resident',
    profile: null,
    ...(courierCompany ? { courierCompany } : {}),
  });

  it('opens today’s shipments for a courier, with the company named', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: me(['resident', 'courier'], '顺丰速运') }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('courier-entry')).not.toBeNull());
    expect(document.getElementById('courier-section')?.textContent).toContain('快递员 · 顺丰速运');
    fireEvent.click(document.getElementById('courier-entry') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/courier/list/index' });
  });

  it('is not shown to a resident', async () => {
    loginAs();
    fakeServer(() => ({ status: 200, body: me(['resident']) }));
    render(<MePage />);
    await waitFor(() => expect(document.getElementById('realname')).not.toBeNull());
    expect(document.getElementById('courier-entry')).toBeNull();
  });
});
