import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ApplyFormPage from '@/apply/form/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';
import { errorBody, loginAs } from './helpers';

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const type = (id: string, value: string) => fireEvent.change(input(id), { target: { value } });
const status = () => document.getElementById('save-status')?.textContent;
const CASE_URL = `${API}/applications/${CASE_ID}`;

async function openForm(server: ReturnType<typeof caseServer>) {
  loginAs();
  setRouterParams({ id: CASE_ID });
  render(<ApplyFormPage />);
  await screen.findByText('申请人姓名');
  return server;
}

afterEach(() => {
  jest.useRealTimers();
});

describe('form autosave', () => {
  it('sends one PATCH with If-Match once typing has paused for 800 ms', async () => {
    const { calls } = await openForm(caseServer(caseView({ version: 7 })));
    jest.useFakeTimers();

    type('input-companyName', '一');
    type('input-companyName', '一次');
    act(() => void jest.advanceTimersByTime(500));
    type('input-companyName', '一次办');
    type('input-reason', '为父亲办理');
    expect(status()).toBe('保存中…');
    act(() => void jest.advanceTimersByTime(799));
    expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(0);

    await act(async () => void jest.advanceTimersByTime(1));
    jest.useRealTimers();
    await waitFor(() => expect(status()).toBe('已保存'));

    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0]?.url).toBe(CASE_URL);
    expect(patches[0]?.header['If-Match']).toBe('7');
    // Only what changed: the profile-bound name is never sent back.
    expect(patches[0]?.data).toEqual({ data: { companyName: '一次办', reason: '为父亲办理' } });
  });

  it('uses the version each save answered with for the next one', async () => {
    const { calls } = await openForm(caseServer(caseView({ version: 7 })));
    type('input-companyName', '一次办');
    await waitFor(() => expect(status()).toBe('已保存'), { timeout: 2000 });
    type('input-companyName', '一次办科技');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2), { timeout: 2000 });
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.header['If-Match'])).toEqual(['7', '8']);
  });

  it('keeps a refused value on the phone and saves the rest', async () => {
    const { calls } = await openForm(caseServer(caseView()));
    type('input-companyName', '一次办');
    type('input-contactPhone', '12345678901');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1), { timeout: 2000 });
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ data: { companyName: '一次办' } });
    expect(screen.getByText('联系电话应为11位手机号码')).toBeTruthy();
    await waitFor(() => expect(status()).toBe('有内容需要修改，改好后自动保存'));
  });

  it('clears a value with null', async () => {
    const { calls } = await openForm(caseServer(caseView({ data: { applicantName: '张三', companyName: '旧名称' } })));
    type('input-companyName', '');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1), { timeout: 2000 });
    expect(calls.find((c) => c.method === 'PATCH')?.data).toEqual({ data: { companyName: null } });
  });

  it('on VERSION_CONFLICT reloads the case, shows it and says so', async () => {
    const server = caseServer(caseView({ version: 3 }));
    await openForm(server);
    // Someone saved on another phone meanwhile.
    server.state.current = caseView({ version: 4, data: { applicantName: '张三', companyName: '另一台手机填的' } });

    type('input-companyName', '我刚填的');
    await waitFor(
      () => expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '内容已更新，已为您刷新' })),
      {
        timeout: 2000,
      },
    );
    const { calls } = server;
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.header['If-Match'])).toEqual(['3']);
    expect(calls.filter((c) => c.method === 'GET' && c.url === CASE_URL)).toHaveLength(2);
    await waitFor(() => expect(input('input-companyName').value).toBe('另一台手机填的'));

    // The next edit is based on the fresh version.
    type('input-companyName', '再改一次');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2), { timeout: 2000 });
    expect(calls.filter((c) => c.method === 'PATCH')[1]?.header['If-Match']).toBe('4');
  });

  it('says the save failed when the server cannot be reached, and keeps the edit for a retry', async () => {
    let down = true;
    const { calls } = await openForm(
      caseServer(caseView(), (call) =>
        call.method === 'PATCH' && down
          ? { status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '服务繁忙') }
          : undefined,
      ),
    );
    type('input-companyName', '一次办');
    await waitFor(() => expect(status()).toContain('保存失败'), { timeout: 2000 });
    down = false;
    fireEvent.click(screen.getByText('重试'));
    await waitFor(() => expect(status()).toBe('已保存'));
    expect(calls.filter((c) => c.method === 'PATCH').map((c) => c.data)).toEqual([
      { data: { companyName: '一次办' } },
      { data: { companyName: '一次办' } },
    ]);
  });
});
