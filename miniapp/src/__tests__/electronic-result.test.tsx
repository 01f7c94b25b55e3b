import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView, type PatchApplicationBody } from '@onetrip/shared';
import ApplyDeliveryPage from '@/apply/delivery/index';
import CaseDetailPage from '@/pages/cases/detail/index';
import { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';

const byId = (id: string) => document.getElementById(id);

/** The delivery page over a case whose items do (or do not) all offer 电子送达. */
async function openDelivery(electronicAllowed: boolean) {
  loginAs();
  const server = caseServer(caseView({ electronicAllowed }), (call) => {
    if (call.method !== 'PATCH' || !(call.data as PatchApplicationBody).delivery) return undefined;
    const { method } = (call.data as PatchApplicationBody).delivery ?? { method: 'window' };
    const current = server.state.current;
    server.state.current = { ...current, version: current.version + 1, delivery: { method } };
    return { status: 200, body: server.state.current };
  });
  setRouterParams({ id: CASE_ID });
  render(<ApplyDeliveryPage />);
  await screen.findByText('窗口领取');
  return server;
}

describe('delivery step: 电子送达', () => {
  it('offers 电子送达 when every item allows it; choosing it saves the method and lets the applicant go on', async () => {
    const { calls } = await openDelivery(true);
    expect(byId('delivery-electronic')?.textContent).toContain('电子送达（在线下载，无需领取）');
    expect((byId('delivery-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(byId('delivery-electronic') as Element);
    await waitFor(() => expect(byId('delivery-electronic')?.className).toContain('radio-row--on'));
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ delivery: { method: 'electronic' } });
    expect((byId('delivery-next') as HTMLButtonElement).disabled).toBe(false);
    expect(byId('delivery-addresses')).toBeNull();
  });

  it('does not offer it when an item of the case cannot be delivered electronically', async () => {
    await openDelivery(false);
    expect(byId('delivery-window')).not.toBeNull();
    expect(byId('delivery-electronic')).toBeNull();
  });
});

const CASE_URL = `${API}/applications/${CASE_ID}`;
const electronicCase = (over: Partial<ApplicationView>) =>
  caseView({ number: 'ZW20261125000123', delivery: { method: 'electronic' }, electronicAllowed: true, ...over });

async function openCase(view: ApplicationView) {
  loginAs('access-7');
  fakeServer((call) =>
    call.method === 'GET' && call.url === CASE_URL
      ? { status: 200, body: view }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  setRouterParams({ id: CASE_ID });
  render(<CaseDetailPage />);
  await waitFor(() => expect(byId('case-status')).not.toBeNull());
}

describe('case page: the electronic result', () => {
  it('downloads the PDF of a completed electronic case with the token, never as a plain link', async () => {
    await openCase(electronicCase({ status: 'completed' }));
    const pdf = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => pdf }));
    const opened = jest.fn(() => ({}) as Window);
    Object.assign(globalThis, { fetch: fetchMock });
    window.open = opened;
    URL.createObjectURL = jest.fn(() => 'blob:certificate');
    URL.revokeObjectURL = jest.fn();
    expect(byId('certificate-download')?.textContent).toContain('下载电子证照');
    fireEvent.click(byId('certificate-download') as Element);
    await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:certificate', '_blank'));
    expect(fetchMock).toHaveBeenCalledWith(`${CASE_URL}/certificate.pdf`, {
      headers: { Authorization: 'Bearer access-7' },
    });
  });

  it('lists the completion above the issue written in the same update (same time, appended later)', async () => {
    const at = '2026-11-25T02:00:00.000Z';
    const timeline = [
      { at, actor: { role: 'staff' as const }, action: 'issued', note: '证照编号：G-1' },
      { at, actor: { role: 'staff' as const }, action: 'completed', note: '电子送达' },
    ];
    await openCase(electronicCase({ status: 'completed', timeline }));
    const labels = [...document.querySelectorAll('#case-timeline .timeline__label')].map((e) => e.textContent);
    expect(labels.slice(0, 2)).toEqual(['已办结', '已出证']);
  });

  it('says where the result will be before the case is done, with no download yet', async () => {
    await openCase(electronicCase({ status: 'accepted' }));
    expect(byId('certificate-download')).toBeNull();
    expect(byId('case-result-pending')?.textContent).toContain('办结后在此下载');
  });

  it('shows nothing of it for a window case, nor for an electronic case that was withdrawn', async () => {
    await openCase(caseView({ status: 'completed', delivery: { method: 'window' } }));
    expect(byId('case-result')).toBeNull();
    cleanup();
    await openCase(electronicCase({ status: 'withdrawn' }));
    expect(byId('case-result')).toBeNull();
  });
});
