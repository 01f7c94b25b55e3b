import { fireEvent, render, waitFor } from '@testing-library/react';
import AdminItemPage from '@/admin/item/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { loginAs } from '@/__tests__/helpers';
import {
  adminServer,
  byId,
  guideInput,
  publishedGuide,
  text,
  typeInto,
  valueOf,
  writes,
  ZHANG,
} from '../../common/__tests__/catalog-fixtures';

const ITEM = '/admin/items/LNYDZ';
const FILE_ID = '65a1f0c2b3d4e5f60718293a';
const saved = { status: 200, body: { savedAt: '2026-11-21T12:00:00Z', problems: [] } };

async function openItem(routes: Parameters<typeof adminServer>[0] = {}) {
  loginAs('access-admin');
  const calls = adminServer({
    [`GET ${ITEM}`]: { status: 200, body: { published: publishedGuide(), draft: null } },
    [`PUT ${ITEM}/draft`]: saved,
    ...routes,
  });
  setRouterParams({ code: 'LNYDZ' });
  render(<AdminItemPage />);
  await waitFor(() => expect(byId('item-toolbar')).toBeTruthy());
  return calls;
}

describe('the live preview of the one form', () => {
  it('draws the resident’s form, checks typed input with the pattern, and follows the editor', async () => {
    await openItem();
    const preview = byId('item-preview');
    // A verified resident finds the name filled in from the identity, as on the real form.
    expect(text('field-applicantName')).toContain('来自实名信息');
    expect(preview.querySelector('#input-postcode')).toBeTruthy();

    typeInto('input-postcode', 'abc');
    await waitFor(() => expect(text('error-postcode')).toBe('邮政编码格式不正确'));
    typeInto('input-postcode', '276600');
    await waitFor(() => expect(document.getElementById('error-postcode')).toBeNull());

    // A stricter pattern typed in the editor applies to what is already typed in the preview.
    typeInto('form-field-1-pattern', '2\\d{5}7');
    await waitFor(() => expect(text('error-postcode')).toBe('邮政编码格式不正确'));

    // A new field appears as it is given a key; 检查必填 shows what a refused submit would.
    fireEvent.click(byId('add-form-field'));
    expect(text('preview-hidden')).toContain('1 个字段的字段键为空或重复');
    typeInto('form-field-2-key', 'homeAddress');
    typeInto('form-field-2-label', '现居住地址');
    fireEvent.click(byId('form-field-2-required'));
    await waitFor(() => expect(byId('field-homeAddress')).toBeTruthy());
    fireEvent.click(byId('preview-check'));
    await waitFor(() => expect(text('error-homeAddress')).toContain('现居住地址'));
  });

  it('shows a field bound to the profile as an empty box for a resident not yet verified', async () => {
    await openItem();
    fireEvent.click(byId('preview-verified'));
    await waitFor(() => expect(byId('input-applicantName').tagName).toBe('INPUT'));
    expect(text('field-applicantName')).not.toContain('来自实名信息');
  });
});

describe('files of the guide', () => {
  it('uploads a material’s sample to /admin/catalog-files and keeps {id, name} in the draft', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:sample-1');
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({
        statusCode: 201,
        data: JSON.stringify({
          id: FILE_ID,
          name: '身份证示例.png',
          contentType: 'image/png',
          size: 2048,
          url: `http://127.0.0.1:3000/api/v1/catalog-files/${FILE_ID}`,
        }),
        errMsg: 'uploadFile:ok',
      }),
    );
    const calls = await openItem();
    const input = byId('material-0-sample-upload').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([new Uint8Array(2048)], '身份证示例.png', { type: 'image/png' })] },
    });
    await waitFor(() => expect(text('material-0-sample-upload-file')).toContain('身份证示例.png'));
    await waitFor(() => expect(text('item-problems')).toContain('没有发现问题'));
    expect(Taro.uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'http://127.0.0.1:3000/api/v1/admin/catalog-files', name: 'file' }),
    );
    fireEvent.click(byId('item-save-draft'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    const body = writes(calls)[0]?.data as { materials: Array<Record<string, unknown>> };
    expect(body.materials[0]?.sampleFile).toEqual({ id: FILE_ID, name: '身份证示例.png' });
  });

  it('refuses a file over 5 MB before sending it, and says why the server refused another', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    Taro.uploadFile.mockImplementation(() =>
      Promise.resolve({
        statusCode: 400,
        data: JSON.stringify({
          error: { code: 'VALIDATION_FAILED', message: '图片至少 200×200 像素', details: [] },
        }),
        errMsg: 'uploadFile:ok',
      }),
    );
    await openItem();
    const input = () => byId('material-0-blank-upload').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input(), {
      target: { files: [new File([new Uint8Array(6 * 1024 * 1024)], 'big.pdf', { type: 'application/pdf' })] },
    });
    await waitFor(() => expect(text('material-0-blank-upload-error')).toBe('文件不能超过 5 MB'));
    expect(Taro.uploadFile).not.toHaveBeenCalled();
    fireEvent.change(input(), {
      target: { files: [new File([new Uint8Array(10)], 'tiny.png', { type: 'image/png' })] },
    });
    await waitFor(() => expect(text('material-0-blank-upload-error')).toBe('图片至少 200×200 像素'));
  });
});

describe('a new item', () => {
  it('takes a code not in use, saves the draft under it, then publishes with If-Match 0', async () => {
    loginAs('access-admin');
    let exists = false;
    const calls = adminServer({
      'GET /admin/items/QTXK': { status: 200, body: { published: publishedGuide({ code: 'QTXK' }), draft: null } },
      'PUT /admin/items/NEW-1/draft': () => {
        exists = true;
        return saved;
      },
      'POST /admin/items/NEW-1/publish': () => ({
        status: 201,
        body: { ...publishedGuide(), code: 'NEW-1', name: '新事项', version: 1 },
      }),
      'GET /admin/items/NEW-1/versions': { status: 200, body: { items: [] } },
    });
    setRouterParams({});
    render(<AdminItemPage />);
    expect(text('item-status')).toContain('新事项 · 尚未发布');
    const guide = guideInput();
    typeInto('item-code', 'qtxk');
    typeInto('item-name', '新事项');
    typeInto('item-department', '县民政局');
    typeInto('item-legal-basis', String(guide.legalBasis));
    typeInto('item-legal-days', '20');
    typeInto('item-promised-days', '5');
    await waitFor(() => expect(text('item-problems')).toContain('没有发现问题'));

    // A code another item has is refused before anything is written on it.
    fireEvent.click(byId('item-save-draft'));
    await waitFor(() => expect(text('item-code-error')).toBe('这个编码已有事项，请换一个'));
    expect(writes(calls)).toHaveLength(0);

    typeInto('item-code', 'new-1');
    expect(valueOf('item-code')).toBe('NEW-1');
    fireEvent.click(byId('item-publish'));
    await waitFor(() => expect(text('item-status')).toContain('已发布第 1 版'));
    expect(exists).toBe(true);
    const [put, post] = writes(calls);
    expect(put?.url).toContain('/admin/items/NEW-1/draft');
    expect(post?.header['If-Match']).toBe('0');
    expect(byId('item-code').hasAttribute('disabled')).toBe(true);
  });
});

describe('修改记录', () => {
  it('lists who changed what and when, shows an old version read only, and restores it as the draft', async () => {
    const old = { ...guideInput(), name: '老年优待证', promisedDays: 10 };
    const calls = await openItem({
      [`GET ${ITEM}/versions`]: {
        status: 200,
        body: {
          items: [
            {
              version: 2,
              at: '2026-10-01T12:00:00Z',
              by: ZHANG,
              changes: ['name', 'promisedDays', 'materials', 'materials.photo'],
            },
            { version: 3, at: '2026-11-01T12:00:00Z', by: null, changes: ['fee'] },
          ],
        },
      },
      [`GET ${ITEM}/versions/2`]: {
        status: 200,
        body: { version: 2, at: '2026-10-01T12:00:00Z', by: ZHANG, guide: old },
      },
    });
    await waitFor(() => expect(byId('version-2')).toBeTruthy());
    expect(text('item-history')).toMatch(/第 3 版.*第 2 版/);
    expect(text('version-2')).toContain('张敏');
    expect(text('version-2')).toContain('2026-10-01');
    expect(text('version-2')).toContain('修改：事项名称、承诺时限、申请材料、材料 photo');

    fireEvent.click(byId('version-2'));
    await waitFor(() => expect(text('version-view')).toContain('第 2 版'));
    expect(text('version-view')).toContain('老年优待证');
    expect(text('version-view')).toContain('承诺 10 个工作日');
    expect(byId('version-view').querySelector('input')).toBeNull();

    fireEvent.click(byId('version-restore'));
    await waitFor(() => expect(writes(calls)).toHaveLength(1));
    expect(writes(calls)[0]?.data).toMatchObject({ name: '老年优待证', promisedDays: 10 });
    expect(valueOf('item-name')).toBe('老年优待证');
    await waitFor(() => expect(text('item-draft-info')).toContain('草稿：您保存于'));
  });
});
