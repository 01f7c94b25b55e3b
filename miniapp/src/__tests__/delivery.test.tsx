import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView, type PatchApplicationBody } from '@onetrip/shared';
import ApplyDeliveryPage from '@/apply/delivery/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';

const ADDRESS = {
  id: 'a1',
  name: '李四',
  phoneMasked: '139****0000',
  region: ['山东省', '临沂市', '莒南县'],
  detail: '人民路 1 号',
  isDefault: true,
};

/** The server's fee rule for this case: 12.50 for the item, 12.00 more by express. */
function withFee(view: ApplicationView, body: PatchApplicationBody): ApplicationView {
  const method = body.delivery?.method;
  const express = method === 'express' ? 1200 : 0;
  return {
    ...view,
    delivery: method
      ? { method, ...(method === 'express' ? { address: { ...ADDRESS, phoneMasked: ADDRESS.phoneMasked } } : {}) }
      : null,
    fee: { items: 1250, express, total: 1250 + express, due: 'submit', payableNow: false },
  };
}

async function openDelivery(
  view = caseView({ fee: { items: 1250, express: 0, total: 1250, due: 'submit', payableNow: false } }),
) {
  loginAs();
  const added = { ...ADDRESS, id: 'a2', name: '王五', isDefault: false };
  const server = caseServer(view, (call) => {
    if (call.url === `${API}/me/addresses` && call.method === 'GET') return { status: 200, body: { items: [ADDRESS] } };
    if (call.url === `${API}/me/addresses` && call.method === 'POST') return { status: 201, body: added };
    if (call.method === 'PATCH' && (call.data as PatchApplicationBody).delivery) {
      const next = withFee(
        { ...server.state.current, version: server.state.current.version + 1 },
        call.data as PatchApplicationBody,
      );
      server.state.current = next;
      return { status: 200, body: next };
    }
    return undefined;
  });
  setRouterParams({ id: CASE_ID });
  render(<ApplyDeliveryPage />);
  await screen.findByText('窗口领取');
  return server;
}

const text = (id: string) => document.getElementById(id)?.textContent;
async function findById(id: string): Promise<HTMLElement> {
  await waitFor(() => expect(document.getElementById(id)).not.toBeNull());
  return document.getElementById(id) as HTMLElement;
}

describe('delivery page', () => {
  it('chooses window pick-up and shows the fee with formatFen', async () => {
    const { calls } = await openDelivery();
    expect(text('fee-total')).toBe('¥12.50');
    expect((document.getElementById('delivery-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(document.getElementById('delivery-window') as Element);
    await waitFor(() => expect((document.getElementById('delivery-next') as HTMLButtonElement).disabled).toBe(false));
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ delivery: { method: 'window' } });
    expect(calls.find((c) => c.method === 'PATCH')?.header['If-Match']).toBe('3');
    expect(text('fee-express')).toBe('免费');
  });

  it('chooses express to a saved address; the fee adds the postage', async () => {
    const { calls } = await openDelivery();
    fireEvent.click(document.getElementById('delivery-express') as Element);
    fireEvent.click(await findById('address-a1'));
    await waitFor(() => expect(text('fee-total')).toBe('¥24.50'));
    expect(text('fee-express')).toBe('¥12.00');
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ delivery: { method: 'express', addressId: 'a1' } });
    fireEvent.click(document.getElementById('delivery-next') as Element);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/apply/review/index?id=${CASE_ID}` });
  });

  it('adds an address with the small form and uses it', async () => {
    const { calls } = await openDelivery();
    fireEvent.click(document.getElementById('delivery-express') as Element);
    fireEvent.click(await findById('address-add'));
    const type = (id: string, value: string) =>
      fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } });
    fireEvent.click(document.getElementById('address-save') as Element);
    expect(text('address-error')).toBe('请填写收件人姓名');
    type('address-name', '王五');
    type('address-phone', '13900000000');
    const parts = document.querySelectorAll('#address-region input');
    ['山东省', '临沂市', '莒南县'].forEach((v, i) => fireEvent.change(parts[i] as Element, { target: { value: v } }));
    type('address-detail', '人民路 2 号');
    fireEvent.click(document.getElementById('address-save') as Element);
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.data).toEqual({
      name: '王五',
      phone: '13900000000',
      region: ['山东省', '临沂市', '莒南县'],
      detail: '人民路 2 号',
    });
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ delivery: { method: 'express', addressId: 'a2' } });
  });

  it('offers express only when every item can travel by express', async () => {
    await openDelivery(caseView({ expressAllowed: false, electronicAllowed: true }));
    expect(document.getElementById('delivery-express')).toBeNull();
    expect(document.getElementById('delivery-window')).toBeTruthy();
  });

  it('chooses the only way there is (窗口领取) and saves it as the resident would', async () => {
    const { calls } = await openDelivery(caseView({ expressAllowed: false, electronicAllowed: false }));
    await waitFor(() => expect((document.getElementById('delivery-next') as HTMLButtonElement).disabled).toBe(false));
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches.map((c) => c.data)).toEqual([{ delivery: { method: 'window' } }]);
    expect(patches[0]?.header['If-Match']).toBe('3');
    expect(document.getElementById('delivery-window')?.className).toContain('radio-row--on');
    expect(text('delivery-methods-hint')).toBe('所选事项中有不能快递送达的，只能窗口领取，已为您选好。');
    expect(document.getElementById('delivery-next-reason')).toBeNull();
  });

  it('does not choose for the resident when there is a choice, or a choice was made', async () => {
    const { calls } = await openDelivery(caseView({ expressAllowed: false, electronicAllowed: true }));
    const again = await openDelivery(caseView({ expressAllowed: false, delivery: { method: 'window' } }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(again.calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('says why 下一步 waits: no way chosen, or express without an address', async () => {
    await openDelivery();
    expect((document.getElementById('delivery-next') as HTMLButtonElement).disabled).toBe(true);
    expect(text('delivery-next-reason')).toBe('请选择领取方式');
    fireEvent.click(document.getElementById('delivery-express') as Element);
    expect(text('delivery-next-reason')).toBe('请选择或新增收件地址');
    fireEvent.click(await findById('address-a1'));
    await waitFor(() => expect(document.getElementById('delivery-next-reason')).toBeNull());
    expect((document.getElementById('delivery-next') as HTMLButtonElement).disabled).toBe(false);
  });
});
