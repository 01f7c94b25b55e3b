import { act, fireEvent, render, waitFor } from '@testing-library/react';
import CounterCaseRoute from '@/staff/counter/case/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, loginAs } from '@/__tests__/helpers';
import { COUNTER_CASE, completeCase, counterCase, counterServer } from './counter-fixtures';

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const caseUrl = `${API}/counter/cases/${COUNTER_CASE}`;
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

async function open(server: ReturnType<typeof counterServer>) {
  loginAs('access-7');
  setRouterParams({ id: COUNTER_CASE });
  render(<CounterCaseRoute />);
  await waitFor(() => expect(byId('counter-head')).toBeTruthy());
  return server;
}

const writes = (server: ReturnType<typeof counterServer>) => server.calls.filter((c) => c.method !== 'GET');

describe('a case at the counter', () => {
  it('shows whose case it is, the form filled from the registration and everything still missing', async () => {
    const server = await open(counterServer(counterCase()));
    expect(server.calls[0]?.url).toBe(caseUrl);
    expect(text('counter-head')).toContain('老年优待证办理、残疾人证办理');
    expect(text('counter-head')).toContain('县民政局、县残疾人联合会（受理后并联审批）');
    expect(text('counter-applicant')).toContain('3713**********1234');
    // Nothing the registration knows is asked again.
    expect(text('field-applicantName')).toContain('来自柜台登记');
    expect(byId('field-applicantName').querySelector('input')).toBeNull();
    expect(text('missing-count')).toBe('还缺 5 项，补齐或容缺后可受理：');
    expect(text('missing-field-homeAddress')).toContain('信息：现居住地址');
    expect(text('missing-material-household_register')).toContain('可容缺');
    expect(text('missing-material-id_card')).not.toContain('可容缺');
    expect(text('missing-field-delivery')).toContain('领取方式');
    // A material two items need is scanned once.
    expect(text('material-id_card')).toContain('2 个事项共用，只需上传一次');
    // Not everything missing may be a gap: 受理 waits, 不予受理 does not.
    expect(byId('counter-accept').hasAttribute('disabled')).toBe(true);
    expect(byId('counter-refuse').hasAttribute('disabled')).toBe(false);
  });

  it('marks an original as checked with If-Match, and shows the server’s answer', async () => {
    const server = await open(counterServer(counterCase()));
    fireEvent.click(byId('original-id_card'));
    await waitFor(() => expect(byId('material-id_card').textContent).toContain('✓ 原件已核验'));
    const [put] = writes(server);
    expect(put?.method).toBe('PUT');
    expect(put?.url).toBe(`${caseUrl}/materials/id_card/original`);
    expect(put?.header['If-Match']).toBe('2');
    expect(put?.data).toEqual({ checked: true });
    expect(text('counter-materials-summary')).toContain('原件已核验 1 项');
  });

  it('uploads a scanned paper to /uploads, then sets the material through the counter route', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:scan-1');
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({
        statusCode: 201,
        data: JSON.stringify({ id: 'up-scan-1', name: 'id.png', mime: 'image/png', size: 10, sha256: 'x' }),
        errMsg: 'uploadFile:ok',
      }),
    );
    const server = await open(counterServer(counterCase()));
    const input = byId('material-id_card').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(10)], 'id.png', { type: 'image/png' })] } });
    await waitFor(() => expect(byId('material-id_card').textContent).toContain('已上传 1 份'));
    const put = writes(server).find((c) => c.method === 'PUT');
    expect(put?.url).toBe(`${caseUrl}/materials/id_card`);
    expect(put?.data).toEqual({ uploadIds: ['up-scan-1'] });
    // The missing list follows the server: the ID card is no longer there.
    expect(document.getElementById('missing-material-id_card')).toBeNull();
    expect(text('missing-count')).toBe('还缺 4 项，补齐或容缺后可受理：');
  });

  it('saves window pick-up, or express to an address typed at the counter', async () => {
    const server = await open(counterServer(counterCase()));
    fireEvent.click(byId('delivery-window'));
    await waitFor(() => expect(byId('delivery-window').className).toContain('radio-row--on'));
    expect(writes(server)[0]?.data).toEqual({ delivery: { method: 'window' } });
    expect(document.getElementById('missing-field-delivery')).toBeNull();

    fireEvent.click(byId('delivery-express'));
    typeInto('counter-address-name', '王秀英');
    typeInto('counter-address-phone', '13700000001');
    fireEvent.click(byId('counter-address-save'));
    expect(text('counter-address-error')).toBe('请填写完整的省、市、区县');
    const region = byId('counter-address-region').querySelectorAll('input');
    ['山东省', '临沂市', '莒南县'].forEach((part, i) =>
      fireEvent.change(region[i] as Element, { target: { value: part } }),
    );
    typeInto('counter-address-detail', '十字路街道民主路 1 号');
    // Enter in the postcode box saves, as the button does.
    fireEvent.keyDown(byId('counter-address-postcode'), { key: 'Enter' });
    await waitFor(() => expect(byId('counter-address-chosen')).toBeTruthy());
    expect(writes(server)[1]?.data).toEqual({
      delivery: {
        method: 'express',
        address: {
          name: '王秀英',
          phone: '13700000001',
          region: ['山东省', '临沂市', '莒南县'],
          detail: '十字路街道民主路 1 号',
        },
      },
    });
    expect(text('counter-address-chosen')).toContain('137****0001');
  });

  it('saves the form through the counter’s PATCH', async () => {
    jest.useFakeTimers();
    try {
      const server = await open(counterServer(counterCase()));
      typeInto('input-homeAddress', '莒南县人民路 8 号');
      await act(async () => {
        jest.advanceTimersByTime(900);
      });
      await waitFor(() => expect(writes(server)).toHaveLength(1));
      expect(writes(server)[0]).toMatchObject({
        method: 'PATCH',
        url: caseUrl,
        data: { data: { homeAddress: '莒南县人民路 8 号' } },
      });
      await waitFor(() => expect(document.getElementById('missing-field-homeAddress')).toBeNull());
    } finally {
      jest.useRealTimers();
    }
  });

  it('accepts with the household register as a gap, which may be unticked only by bringing it', async () => {
    const draft = completeCase();
    const server = await open(
      counterServer(
        counterCase({
          ...draft,
          missing: undefined,
          materials: draft.materials.map((m) => (m.code === 'household_register' ? { ...m, uploadIds: [] } : m)),
        }),
      ),
    );
    expect(text('missing-count')).toBe('还缺 1 项，补齐或容缺后可受理：');
    expect(text('counter-accept')).toBe('容缺受理');
    fireEvent.click(byId('counter-accept'));
    await waitFor(() => expect(byId('accept-dialog')).toBeTruthy());
    expect(text('gap-household_register')).toBe('✓ 居民户口簿');
    expect(text('accept-send')).toBe('容缺受理（1 项待补）');
    fireEvent.click(byId('gap-household_register'));
    expect(text('accept-unticked')).toContain('未勾选的居民户口簿须先收取');
    expect(byId('accept-send').hasAttribute('disabled')).toBe(true);
    fireEvent.click(byId('gap-household_register'));
    fireEvent.click(byId('accept-send'));
    await waitFor(() => expect(byId('counter-accepted')).toBeTruthy());
    const accept = writes(server).find((c) => c.url === `${caseUrl}/accept`);
    expect(accept?.data).toEqual({ gaps: ['household_register'] });
    expect(accept?.header['If-Match']).toBe('2');
    expect(text('counter-accepted')).toContain('已受理 ZW20261125000009');
    expect(text('counter-accepted')).toContain('容缺材料 1 项，请于 2026-12-02 前补齐');
    // The owed paper can still be brought to the counter.
    expect(byId('material-household_register')).toBeTruthy();
    expect(document.getElementById('material-id_card')).toBeNull();
  });

  it('after 受理 shows the receipt, opens its PDF with the token and texts it', async () => {
    const server = await open(counterServer(completeCase()));
    expect(text('missing-count')).toBe('✓ 信息和材料齐全，可以受理');
    fireEvent.click(byId('counter-accept'));
    await waitFor(() => expect(byId('accept-send')).toBeTruthy());
    expect(text('accept-send')).toBe('确认受理');
    fireEvent.click(byId('accept-send'));
    await waitFor(() => expect(byId('receipt-paper')).toBeTruthy());
    expect(writes(server).find((c) => c.url === `${caseUrl}/accept`)?.data).toEqual({});
    expect(text('receipt-title')).toBe('受理回执');
    expect(text('receipt-number')).toBe('办件编号 ZW20261125000009');
    // Shanghai time, as the printed receipt says it, on a device in any zone.
    expect(text('receipt-paper')).toContain('出具时间 2026-11-25 10:00');
    expect(text('counter-accepted')).toContain('2026-11-25 10:00 受理，已分送县民政局、县残疾人联合会并联审批');
    expect(text('receipt-section-1')).toContain('2. 残疾人证办理（县残疾人联合会）');

    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }));
    const opened = jest.fn(() => ({}) as Window);
    Object.assign(globalThis, { fetch: fetchMock });
    window.open = opened;
    URL.createObjectURL = jest.fn(() => 'blob:receipt');
    URL.revokeObjectURL = jest.fn();
    fireEvent.click(byId('receipt-pdf'));
    await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:receipt', '_blank'));
    expect(fetchMock).toHaveBeenCalledWith(`${caseUrl}/receipt.pdf`, { headers: { Authorization: 'Bearer access-7' } });

    fireEvent.click(byId('receipt-sms'));
    await waitFor(() => expect(byId('receipt-sms-result')).toBeTruthy());
    expect(server.calls.some((c) => c.method === 'POST' && c.url === `${caseUrl}/receipt/sms`)).toBe(true);
    expect(text('receipt-sms-result')).toContain('已发送至 139****7788');
  });

  it('a 422 at 受理 (something changed meanwhile) reloads the case and its missing list', async () => {
    const ready = completeCase();
    const server = await open(
      counterServer(ready, (call, state) => {
        // The ID card's file turned out unreadable and was dropped by the server just before 受理
        // (the version the page holds is still good, so the answer is 422, not a conflict).
        if (call.url.endsWith('/accept') && state.current.materials[0]?.uploadIds.length) {
          state.current = counterCase({
            ...state.current,
            missing: undefined,
            materials: state.current.materials.map((m) => (m.code === 'id_card' ? { ...m, uploadIds: [] } : m)),
          });
        }
        return undefined;
      }),
    );
    fireEvent.click(byId('counter-accept'));
    await waitFor(() => expect(byId('accept-send')).toBeTruthy());
    fireEvent.click(byId('accept-send'));
    await waitFor(() => expect(byId('missing-material-id_card')).toBeTruthy());
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '还有未齐的内容，已更新待补清单' }));
    expect(byId('counter-accept').hasAttribute('disabled')).toBe(true);
    expect(server.state.current.status).toBe('draft');
  });

  it('refuses the intake with a one-time notice: what is missing plus the clerk’s own problem', async () => {
    const server = await open(counterServer(counterCase()));
    fireEvent.click(byId('counter-refuse'));
    await waitFor(() => expect(byId('refuse-dialog')).toBeTruthy());
    expect(text('refuse-listed')).toContain('告知书将列出以下 5 项未齐的内容');
    expect(text('refuse-listed')).toContain('材料：居民身份证 — 请上传居民身份证');
    expect(text('refuse-send')).toBe('出具一次性告知书');
    fireEvent.click(byId('target-material-id_card'));
    typeInto('supplement-reason', '身份证已过期，请换领后再来');
    fireEvent.click(byId('supplement-add'));
    expect(text('refuse-send')).toBe('出具告知书（另加 1 项）');
    fireEvent.click(byId('refuse-send'));
    await waitFor(() => expect(byId('receipt-paper')).toBeTruthy());
    expect(writes(server).find((c) => c.url === `${caseUrl}/refuse`)?.data).toEqual({
      problems: [{ materialCode: 'id_card', reason: '身份证已过期，请换领后再来' }],
    });
    expect(text('receipt-title')).toBe('一次性告知书');
    expect(text('counter-noticed')).toContain('已出具一次性告知书 1 次');
    // The case stays a draft to be continued when the person comes back.
    expect(byId('counter-form')).toBeTruthy();
  });

  it('at a PC puts the missing list and the decision beside the form', async () => {
    const original = window.matchMedia;
    window.matchMedia = jest.fn(
      () =>
        ({
          matches: true,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }) as unknown as MediaQueryList,
    );
    try {
      await open(counterServer(counterCase()));
      const side = byId('counter-side');
      expect(side.contains(byId('counter-missing'))).toBe(true);
      expect(side.contains(byId('counter-decide'))).toBe(true);
      expect(side.contains(byId('counter-form'))).toBe(false);
      expect(document.querySelector('.bottom-bar')).toBeNull();
    } finally {
      window.matchMedia = original;
    }
  });

  it('on a phone puts the missing list first and the decision at the bottom', async () => {
    await open(counterServer(counterCase()));
    expect(document.getElementById('counter-side')).toBeNull();
    expect(
      byId('counter-missing').compareDocumentPosition(byId('counter-form')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(document.querySelector('.bottom-bar')?.contains(byId('counter-decide'))).toBe(true);
  });
});
