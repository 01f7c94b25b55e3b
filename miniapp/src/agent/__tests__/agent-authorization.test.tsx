import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView, type CaseAuthorizationView } from '@onetrip/shared';
import AgentAuthorizationPage from '@/agent/authorization/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';
import { CASE_ID, caseView } from '@/__tests__/case-fixtures';

const UPLOAD = '65f0a1b2c3d4e5f60000cccc';
const pending: CaseAuthorizationView = { id: '65f0a1b2c3d4e5f60000dddd', status: 'pending', qrToken: 'Tok3n_abcd' };
const agentCase = (authorization?: CaseAuthorizationView, over: Partial<ApplicationView> = {}) =>
  caseView({ submittedBy: { role: 'agent', userId: 'agent-1' }, ...(authorization ? { authorization } : {}), ...over });

/** The case as GET answers it now; PUT paper-authorization checks If-Match and stores the paper. */
function server(initial: ApplicationView, put?: (call: FakeCall) => { status: number; body?: unknown } | undefined) {
  const state = { current: initial };
  const calls = fakeServer((call) => {
    if (call.method === 'GET' && call.url === `${API}/applications/${CASE_ID}`)
      return { status: 200, body: state.current };
    if (call.method === 'PUT' && call.url === `${API}/applications/${CASE_ID}/paper-authorization`) {
      const custom = put?.(call);
      if (custom) return custom;
      const { uploadId } = call.data as { uploadId: string };
      const auth = state.current.authorization as CaseAuthorizationView;
      state.current = {
        ...state.current,
        version: state.current.version + 1,
        authorization: { ...auth, paper: { uploadId, check: 'unchecked' } },
      };
      return { status: 200, body: state.current };
    }
    if (call.method === 'DELETE') return { status: 204 };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  });
  return { calls, state };
}

async function open(view: ApplicationView, put?: Parameters<typeof server>[1]) {
  loginAs();
  const s = server(view, put);
  setRouterParams({ id: CASE_ID });
  render(<AgentAuthorizationPage />);
  await waitFor(() => expect(document.getElementById('authorization-summary')).not.toBeNull());
  return s;
}

const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const pickPaper = (file: File) =>
  fireEvent.change(document.querySelector('#paper-authorization input[type=file]') as HTMLInputElement, {
    target: { files: [file] },
  });

beforeEach(() => {
  URL.createObjectURL = jest.fn(() => 'blob:local-1');
});

describe('agent: the resident authorization of a case', () => {
  it('shows the QR code of the /q/ URL of its token while the resident has not confirmed', async () => {
    await open(agentCase(pending));
    expect(text('authorization-status')).toBe('待居民确认');
    expect(text('authorization-url')).toBe('http://localhost/q/Tok3n_abcd');
    const grid = document.getElementById('authorization-qr') as HTMLElement;
    // 29 bytes at level M need version 3 (29 × 29 modules); version 2 holds 26
    expect(grid.querySelectorAll('.qr-grid__row')).toHaveLength(29);
    expect(text('authorization-summary')).toContain('提交前须取得居民授权');
    expect(document.getElementById('authorization-review')).toBeNull();
  });

  it('shows the confirmation after 刷新状态 and opens the way to submit', async () => {
    const { state } = await open(agentCase(pending));
    state.current = agentCase({ ...pending, status: 'confirmed' }, { version: 4 });
    fireEvent.click(document.getElementById('authorization-refresh') as HTMLElement);
    await waitFor(() => expect(text('authorization-status')).toBe('已确认'));
    expect(document.getElementById('authorization-qr')).toBeNull();
    expect(text('authorization-summary')).toContain('已取得居民授权');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '居民已确认授权' }));
    // confirmed in WeChat: no paper form is asked for any more
    expect(document.querySelector('#paper-authorization input[type=file]')).toBeNull();
    expect(text('paper-authorization')).toContain('无需纸质授权书');
    expect(text('paper-status')).toBe('无需上传');
    fireEvent.click(document.getElementById('authorization-review') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/apply/review/index?id=${CASE_ID}` });
  });

  it('uploads a photo of the signed paper form, then PUTs it with If-Match', async () => {
    const { calls } = await open(agentCase(pending));
    expect(text('paper-status')).toBe('未上传');
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({
        statusCode: 201,
        data: JSON.stringify({ id: UPLOAD, name: 'form.jpg', mime: 'image/jpeg', size: 2048, sha256: 'x' }),
      }),
    );
    pickPaper(new File([new Uint8Array(2048)], 'form.jpg', { type: 'image/jpeg' }));
    await waitFor(() => expect(text('paper-status')).toBe('待窗口核验'));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.data).toEqual({ uploadId: UPLOAD });
    expect(put?.header['If-Match']).toBe('3');
    expect(Taro.uploadFile).toHaveBeenCalledWith(expect.objectContaining({ url: `${API}/uploads`, name: 'file' }));
    expect(text('authorization-summary')).toContain('已取得居民授权');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    // the paper form suffices: the code folds away, and comes back on request
    expect(document.getElementById('authorization-qr')).toBeNull();
    fireEvent.click(document.getElementById('authorization-show-qr') as HTMLElement);
    expect(document.getElementById('authorization-qr')).not.toBeNull();
  });

  it('refuses a file that is neither an image nor a PDF without sending it', async () => {
    await open(agentCase(pending));
    pickPaper(new File(['x'], 'form.docx', { type: 'application/msword' }));
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '只能上传 JPG、PNG 图片或 PDF 文件' }),
    );
    expect(Taro.uploadFile).not.toHaveBeenCalled();
  });

  it('deletes the uploaded file again when the case refuses it', async () => {
    const { calls } = await open(agentCase(pending), () => ({
      status: 409,
      body: errorBody('INVALID_STATE', '申请人已撤销代办授权，该办件不能再由代办员提交'),
    }));
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({
        statusCode: 201,
        data: JSON.stringify({ id: UPLOAD, name: 'f.png', mime: 'image/png', size: 9, sha256: 'x' }),
      }),
    );
    pickPaper(new File([new Uint8Array(9)], 'f.png', { type: 'image/png' }));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'DELETE' && c.url === `${API}/uploads/${UPLOAD}`)).toBe(true),
    );
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '申请人已撤销代办授权，该办件不能再由代办员提交' }),
    );
    expect(text('paper-status')).toBe('未上传');
  });

  it('shows why staff refused the paper form and lets the agent upload another', async () => {
    await open(
      agentCase(
        { ...pending, paper: { uploadId: UPLOAD, check: 'refused', note: '签名不清晰' } },
        { status: 'supplement_required' },
      ),
    );
    expect(text('paper-status')).toBe('核验未通过');
    expect(text('paper-note')).toBe('未通过原因：签名不清晰');
    expect(screen.getByText('重新上传')).toBeTruthy();
    expect(text('authorization-summary')).toContain('提交前须取得居民授权');
  });

  it('after submit, only shows where the authorization stands', async () => {
    await open(
      agentCase(
        { ...pending, paper: { uploadId: UPLOAD, check: 'unchecked' } },
        { status: 'submitted', number: 'ZW20261125000123' },
      ),
    );
    expect(document.querySelector('#paper-authorization input[type=file]')).toBeNull();
    fireEvent.click(document.getElementById('authorization-case') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/cases/detail/index?id=${CASE_ID}` });
  });
});
