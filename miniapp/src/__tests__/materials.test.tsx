import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ApplyMaterialsPage from '@/apply/materials/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, consentsAgreed, errorBody, loginAs } from './helpers';
import { CASE_ID, chainCase } from './case-fixtures';
import { caseServer } from './case-server';

const NEW_UPLOAD = '65f0a1b2c3d4e5f60000bbbb';
const OLD_UPLOAD = '65f0a1b2c3d4e5f60000aaaa';

const card = (code: string) => document.getElementById(`material-${code}`) as HTMLElement;
const fileInput = (code: string, index = -1) => {
  const inputs = card(code).querySelectorAll('input[type=file]');
  return inputs[index < 0 ? inputs.length - 1 : index] as HTMLInputElement;
};
const pick = (code: string, file: File, index = -1) =>
  fireEvent.change(fileInput(code, index), { target: { files: [file] } });
const jpeg = (name = 'id.jpg', size = 2048) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

/** A Taro.uploadFile whose progress and answer the test drives. */
function controllableUpload() {
  const state: { progress?: (p: { progress: number }) => void; finish?: (status: number, body: unknown) => void } = {};
  Taro.uploadFile.mockImplementation(() => {
    const task = new Promise((resolve) => {
      state.finish = (statusCode, body) => resolve({ statusCode, data: JSON.stringify(body), errMsg: 'uploadFile:ok' });
    }) as Promise<unknown> & { onProgressUpdate?: (cb: (p: { progress: number }) => void) => void };
    task.onProgressUpdate = (cb) => {
      state.progress = cb;
    };
    return task;
  });
  return state;
}

async function openMaterials() {
  loginAs('access-9');
  // The resident agreed to the ID photo's use already (asking is the consent tests' subject).
  const server = caseServer(chainCase(), (call) =>
    call.url.endsWith('/me/consents') ? { status: 200, body: consentsAgreed('id_photo') } : undefined,
  );
  setRouterParams({ id: CASE_ID });
  render(<ApplyMaterialsPage />);
  await screen.findByText('居民身份证');
  return server;
}

beforeEach(() => {
  let n = 0;
  URL.createObjectURL = jest.fn(() => `blob:local-${++n}`);
});

describe('materials page', () => {
  it('shows a material three items share once, with the items that need it', async () => {
    await openMaterials();
    expect(document.getElementById('materials')).toBeTruthy();
    expect(document.querySelectorAll('#material-id_card')).toHaveLength(1);
    expect(screen.getAllByText('居民身份证')).toHaveLength(1);
    const idCard = card('id_card');
    expect(idCard.textContent).toContain('二手房交易中 3 个事项共用，只需上传一次');
    expect(idCard.textContent).toContain('用于：不动产转移登记、契税申报、水电气过户');
    expect(idCard.textContent).toContain('必交');
    expect(idCard.textContent).toContain('未上传');
    // One item only: no sharing note. A 容缺 material says so.
    expect(card('house_contract').textContent).not.toContain('共用');
    expect(card('house_contract').textContent).toContain('已上传 1 份');
    expect(card('tax_proof').textContent).toContain('容缺');
    expect(card('tax_proof').textContent).toContain('非必交');
  });

  it('offers one file input on H5 that takes images and PDF as the material allows', async () => {
    await openMaterials();
    expect(fileInput('id_card').accept).toBe('image/*');
    expect(fileInput('house_contract').accept).toBe('image/*,application/pdf');
    expect(fileInput('tax_proof').accept).toBe('application/pdf');
  });

  it('uploads with the token, shows the progress, then PUTs the material with If-Match', async () => {
    const { calls, state } = await openMaterials();
    const upload = controllableUpload();

    pick('id_card', jpeg());
    await waitFor(() => expect(Taro.uploadFile).toHaveBeenCalled());
    const options = Taro.uploadFile.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(options).toMatchObject({
      url: `${API}/uploads`,
      name: 'file',
      filePath: 'blob:local-1',
      fileName: 'id.jpg',
      header: { Authorization: 'Bearer access-9' },
    });

    expect(document.getElementById('upload-progress-id_card')?.textContent).toContain('上传中 0%');
    act(() => upload.progress?.({ progress: 42 }));
    expect(document.getElementById('upload-progress-id_card')?.textContent).toContain('上传中 42%');
    const bar = document.querySelector('#upload-progress-id_card .upload-progress__bar') as HTMLElement;
    expect(bar.style.width).toBe('42%');

    await act(async () =>
      upload.finish?.(201, { id: NEW_UPLOAD, name: 'id.jpg', mime: 'image/jpeg', size: 2048, sha256: 'x' }),
    );
    await waitFor(() => expect(card('id_card').textContent).toContain('已上传 1 份'));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.url).toBe(`${API}/applications/${CASE_ID}/materials/id_card`);
    expect(put?.header['If-Match']).toBe('3');
    expect(put?.data).toEqual({ uploadIds: [NEW_UPLOAD] });
    expect(state.current.version).toBe(4);
    expect(document.getElementById('upload-progress-id_card')).toBeNull();
    // The thumbnail shows the file just picked, without downloading it again.
    expect(card('id_card').querySelector('img')?.getAttribute('src')).toBe('blob:local-1');
  });

  it('replaces a file in place and deletes the one no longer used', async () => {
    const { calls } = await openMaterials();
    const upload = controllableUpload();
    pick('house_contract', new File(['%PDF'], 'contract.pdf', { type: 'application/pdf' }), 0); // 替换
    await waitFor(() => expect(upload.finish).toBeDefined());
    await act(async () =>
      upload.finish?.(201, { id: NEW_UPLOAD, name: 'contract.pdf', mime: 'application/pdf', size: 4, sha256: 'x' }),
    );
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.data).toEqual({ uploadIds: [NEW_UPLOAD] });
    expect(calls.find((c) => c.method === 'DELETE')?.url).toBe(`${API}/uploads/${OLD_UPLOAD}`);
  });

  it('refuses a file the material does not take, before sending anything', async () => {
    await openMaterials();
    pick('id_card', new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' }));
    pick('tax_proof', jpeg('big.jpg', 11 * 1024 * 1024));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '这份材料只接受 JPG、PNG 格式' }));
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '文件不能超过 10 MB' }));
    expect(Taro.uploadFile).not.toHaveBeenCalled();
  });

  it('shows the server’s reason when it refuses the content', async () => {
    await openMaterials();
    const upload = controllableUpload();
    pick('id_card', jpeg());
    await waitFor(() => expect(upload.finish).toBeDefined());
    await act(async () => upload.finish?.(415, errorBody('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPG、PNG 或 PDF 文件')));
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '只能上传 JPG、PNG 或 PDF 文件' })),
    );
    expect(document.getElementById('upload-progress-id_card')).toBeNull();
    expect(card('id_card').textContent).toContain('未上传');
  });

  it('deletes a file after asking', async () => {
    const { calls } = await openMaterials();
    fireEvent.click(card('house_contract').querySelector('.thumbs__remove') as Element);
    await waitFor(() => expect(card('house_contract').textContent).toContain('未上传'));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除这份文件？' }));
    expect(calls.find((c) => c.method === 'PUT')?.data).toEqual({ uploadIds: [] });
  });
});
