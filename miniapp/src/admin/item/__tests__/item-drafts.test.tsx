import { fireEvent, render, waitFor } from '@testing-library/react';
import AdminItemPage from '@/admin/item/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { errorBody, loginAs } from '@/__tests__/helpers';
import {
  adminServer,
  byId,
  guideInput,
  publishedGuide,
  recordWithDraft,
  text,
  typeInto,
  valueOf,
  writes,
} from '../../common/__tests__/catalog-fixtures';

const ITEM = '/admin/items/LNYDZ';

async function open(routes: Parameters<typeof adminServer>[0]) {
  loginAs('access-admin');
  const calls = adminServer(routes);
  setRouterParams({ code: 'LNYDZ' });
  render(<AdminItemPage />);
  await waitFor(() => expect(byId('item-toolbar')).toBeTruthy());
  return calls;
}

describe('an item’s draft and its publication', () => {
  it('opens the draft rather than the published guide, and says who saved it and when', async () => {
    const draft = { ...guideInput(), name: '老年优待证办理（试行）' };
    await open({ [`GET ${ITEM}`]: { status: 200, body: recordWithDraft(draft) } });
    expect(valueOf('item-name')).toBe('老年优待证办理（试行）');
    expect(text('item-status')).toContain('已发布第 3 版');
    expect(text('item-draft-info')).toContain('草稿：张敏保存于 2026-11-20');
    expect(text('item-problems')).toContain('没有发现问题');
  });

  it('publishes the loaded draft with If-Match of the version it was edited from', async () => {
    const draft = { ...guideInput(), name: '老年优待证办理（试行）' };
    const calls = await open({
      [`GET ${ITEM}`]: { status: 200, body: recordWithDraft(draft) },
      [`POST ${ITEM}/publish`]: {
        status: 200,
        body: publishedGuide({ name: '老年优待证办理（试行）', version: 4, updatedAt: '2026-11-21T12:00:00Z' }),
      },
      [`GET ${ITEM}/versions`]: { status: 200, body: { items: [] } },
    });
    fireEvent.click(byId('item-publish'));
    await waitFor(() => expect(text('item-status')).toContain('已发布第 4 版'));
    // The draft was saved already: nothing to save first, only the publication.
    expect(writes(calls)).toEqual([
      expect.objectContaining({ method: 'POST', url: expect.stringContaining(`${ITEM}/publish`) }),
    ]);
    expect(writes(calls)[0]?.header['If-Match']).toBe('3');
    expect(text('item-draft-info')).toBe('没有草稿');
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发布第 4 版' }));
  });

  it('saves what is unsaved as the draft before publishing', async () => {
    const calls = await open({
      [`GET ${ITEM}`]: { status: 200, body: { published: publishedGuide(), draft: null } },
      [`PUT ${ITEM}/draft`]: { status: 200, body: { savedAt: '2026-11-21T12:00:00Z', problems: [] } },
      [`POST ${ITEM}/publish`]: { status: 200, body: publishedGuide({ promisedDays: 3, version: 4 }) },
      [`GET ${ITEM}/versions`]: { status: 200, body: { items: [] } },
    });
    typeInto('item-promised-days', '3');
    fireEvent.click(byId('item-publish'));
    await waitFor(() => expect(text('item-status')).toContain('已发布第 4 版'));
    const [put, post] = writes(calls);
    expect(put?.method).toBe('PUT');
    expect((put?.data as { promisedDays: number }).promisedDays).toBe(3);
    expect(post?.header['If-Match']).toBe('3');
  });

  it('explains a version conflict on publishing and reloads the newer version when asked', async () => {
    let published = publishedGuide();
    const draft = { ...guideInput(), name: '老年优待证办理（试行）' };
    await open({
      [`GET ${ITEM}`]: () => ({ status: 200, body: { published, draft: recordWithDraft(draft).draft } }),
      [`POST ${ITEM}/publish`]: () => {
        published = publishedGuide({ version: 5, name: '老年人优待证办理' });
        return { status: 409, body: errorBody('VERSION_CONFLICT', '内容已被他人更新，请刷新后重试') };
      },
    });
    fireEvent.click(byId('item-publish'));
    await waitFor(() => expect(byId('item-conflict')).toBeTruthy());
    expect(text('item-conflict')).toContain('其他管理员发布了这个事项的新版本');
    expect(text('item-conflict')).toContain('您的修改已保存为草稿');
    fireEvent.click(byId('item-conflict-reload'));
    await waitFor(() => expect(text('item-status')).toContain('已发布第 5 版'));
    expect(document.getElementById('item-conflict')).toBeNull();
    // The draft is still there, to be published again on top of version 5.
    expect(valueOf('item-name')).toBe('老年优待证办理（试行）');
  });

  it('shows the problems a refused publication names under their fields', async () => {
    const calls = await open({
      [`GET ${ITEM}`]: { status: 200, body: recordWithDraft(guideInput()) },
      [`POST ${ITEM}/publish`]: {
        status: 400,
        body: errorBody('VALIDATION_FAILED', '请求内容有误', [
          { in: 'body', path: 'materials.1.sampleFile', message: '样表文件不存在' },
        ]),
      },
    });
    fireEvent.click(byId('item-publish'));
    await waitFor(() => expect(text('material-1-sample-upload-error')).toBe('样表文件不存在'));
    expect(text('item-problems')).toContain('申请材料 2（一寸照片） · 样表/示例图：样表文件不存在');
    expect(writes(calls)).toHaveLength(1);
  });

  it('discards the draft after asking, back to the published guide', async () => {
    const draft = { ...guideInput(), name: '老年优待证办理（试行）' };
    const calls = await open({
      [`GET ${ITEM}`]: { status: 200, body: recordWithDraft(draft) },
      [`DELETE ${ITEM}/draft`]: { status: 204 },
    });
    fireEvent.click(byId('item-discard-draft'));
    await waitFor(() => expect(valueOf('item-name')).toBe('老年优待证办理'));
    expect(Taro.showModal).toHaveBeenCalledTimes(1);
    expect(writes(calls)).toEqual([expect.objectContaining({ method: 'DELETE' })]);
    expect(text('item-draft-info')).toBe('没有草稿');
    expect(byId('item-discard-draft').hasAttribute('disabled')).toBe(true);
  });
});
