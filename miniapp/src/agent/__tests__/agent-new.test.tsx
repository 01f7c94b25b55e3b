import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import AgentNewPage from '@/agent/new/index';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer, loginAs, type FakeCall } from '@/__tests__/helpers';
import { CASE_ID, caseView } from '@/__tests__/case-fixtures';

const VALID = '11010519491231002X';
const ITEM = {
  code: 'LAONIAN-YOUDAIZHENG',
  name: '老年优待证办理',
  department: '县民政局',
  trips: 0,
  promisedDays: 2,
  fee: 0,
  delivery: { window: true, express: true },
};

function server(
  onCreate: (call: FakeCall) => { status: number; body?: unknown } = () => ({
    status: 201,
    body: caseView({ submittedBy: { role: 'agent', userId: 'agent-1' } }),
  }),
) {
  return fakeServer((call) => {
    if (call.method === 'GET' && call.url.startsWith(`${API}/items?`))
      return { status: 200, body: { items: [ITEM], total: 1 } };
    if (call.method === 'GET' && call.url === `${API}/items/${ITEM.code}`) return { status: 200, body: { ...ITEM } };
    if (call.method === 'POST' && call.url === `${API}/applications`) return onCreate(call);
    return { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  });
}

const type = (id: string, value: string) =>
  fireEvent.change(document.getElementById(id) as HTMLElement, { target: { value } });
const feedback = () => document.getElementById('agent-id-feedback');
const createButton = () => document.getElementById('agent-create') as HTMLButtonElement;

async function pickTheItem() {
  await waitFor(() => expect(document.getElementById(`agent-item-${ITEM.code}`)).not.toBeNull());
  fireEvent.click(document.getElementById(`agent-item-${ITEM.code}`)?.firstElementChild as HTMLElement);
  await screen.findByText('第二步：填写居民（申请人）信息');
}

describe('agent: new case for a resident', () => {
  it('searches the catalog, then checks the ID number digit by digit before anything is sent', async () => {
    loginAs();
    const calls = server();
    render(<AgentNewPage />);
    await pickTheItem();
    expect(document.getElementById('agent-selected-item')?.textContent).toBe('老年优待证办理');

    type('agent-applicant-name', '王秀英');
    type('agent-applicant-phone', '13905391234');
    type('agent-applicant-id', '1101051949');
    expect(feedback()?.textContent).toBe('已输入 10 位，还差 8 位');
    expect(feedback()?.className).toContain('agent-id-feedback--typing');
    type('agent-applicant-id', '110105194912310021');
    expect(feedback()?.textContent).toBe('身份证号校验位不正确，请核对');
    expect(feedback()?.className).toContain('agent-id-feedback--error');
    expect(createButton().disabled).toBe(true);
    type('agent-applicant-id', VALID.toLowerCase());
    expect(feedback()?.textContent).toContain('校验通过 · 出生日期 1949-12-31');
    expect(feedback()?.className).toContain('agent-id-feedback--ok');
    expect(createButton().disabled).toBe(false);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.click(createButton());
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/agent/authorization/index?id=${CASE_ID}` }),
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.data).toEqual({
      items: [ITEM.code],
      applicant: { name: '王秀英', idNumber: VALID, phone: '13905391234' },
    });
  });

  it('starts from a guide (?code=) with the item chosen', async () => {
    loginAs();
    const calls = server();
    setRouterParams({ code: ITEM.code });
    render(<AgentNewPage />);
    expect((await screen.findByText('老年优待证办理')).id).toBe('agent-selected-item');
    expect(document.getElementById('agent-item-picker')).toBeNull();
    expect(calls.map((c) => c.url)).toEqual([`${API}/items/${ITEM.code}`]);
    // 更换 goes back to the search
    fireEvent.click(document.getElementById('agent-change-item') as HTMLElement);
    await waitFor(() => expect(document.getElementById('agent-item-picker')).not.toBeNull());
  });

  it('stays on the page and says why when the server refuses', async () => {
    loginAs();
    server(() => ({ status: 409, body: errorBody('INVALID_STATE', '代办员尚未设置代办点，请联系管理员') }));
    render(<AgentNewPage />);
    await pickTheItem();
    type('agent-applicant-name', '王秀英');
    type('agent-applicant-id', VALID);
    type('agent-applicant-phone', '13905391234');
    fireEvent.click(createButton());
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '代办员尚未设置代办点，请联系管理员' }),
      ),
    );
    expect(Taro.redirectTo).not.toHaveBeenCalled();
    expect(createButton().disabled).toBe(false);
  });
});
