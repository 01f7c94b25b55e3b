import { fireEvent, render, waitFor } from '@testing-library/react';
import { idCheckChar, type CounterPerson, type ItemSummary } from '@onetrip/shared';
import CounterFindPage from '@/staff/counter/index';
import StaffQueuePage from '@/staff/queue/index';
import Taro from '@/__mocks__/taro';
import { API, errorBody, loginAs, type FakeCall } from '@/__tests__/helpers';
import { COUNTER_CASE, counterCase, PERSON } from './counter-fixtures';
import { meOf, staffServer } from './staff-fixtures';

const FIRST17 = '37132719520314002';
const ID_NUMBER = FIRST17 + idCheckChar(FIRST17);
const WRONG_CHECK = FIRST17 + (idCheckChar(FIRST17) === '1' ? '2' : '1');

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const text = (id: string) => document.getElementById(id)?.textContent ?? '';
const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

const PERSON_VIEW: CounterPerson = {
  id: PERSON,
  name: '王秀英',
  idNumberMasked: '3713**********0021',
  phoneMasked: '139****7788',
  wechatVerified: false,
  updatedAt: '2026-11-25T01:00:00.000Z',
};

function item(code: string, name: string, department: string): ItemSummary {
  return {
    code,
    name,
    department,
    trips: 1,
    promisedDays: 2,
    fee: { amount: 0 },
    delivery: { window: true, express: true, expressFee: 0 },
  } as ItemSummary;
}

const ITEMS = [item('LNYDZ', '老年优待证办理', '县民政局'), item('CJRZ', '残疾人证办理', '县残疾人联合会')];
const CHAINS = [
  { code: 'ESF', name: '二手房交易', leadDepartment: '县自然资源局', itemNames: ['不动产转移登记', '契税申报'] },
];

type Answer = { status: number; body?: unknown };

/** The BFF of the first page: lookup, registration, the person's cases, the catalog, a new case. */
function findServer(
  answers: { lookup?: CounterPerson | null; register?: Answer; cases?: unknown[] } = {},
  me = meOf('comprehensive'),
) {
  return staffServer((call: FakeCall): Answer => {
    if (call.url === `${API}/counter/persons/lookup`) return { status: 200, body: { person: answers.lookup ?? null } };
    if (call.url === `${API}/counter/persons`) return answers.register ?? { status: 201, body: PERSON_VIEW };
    if (call.url === `${API}/counter/persons/${PERSON}/cases`) {
      return { status: 200, body: { items: answers.cases ?? [], total: answers.cases?.length ?? 0 } };
    }
    if (call.url.startsWith(`${API}/items`)) return { status: 200, body: { items: ITEMS, total: 2 } };
    if (call.url.startsWith(`${API}/chains`)) return { status: 200, body: { items: CHAINS, total: 1 } };
    if (call.url === `${API}/counter/cases`) return { status: 201, body: counterCase() };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  }, me);
}

async function open() {
  loginAs();
  render(<CounterFindPage />);
  await waitFor(() => expect(byId('counter-id')).toBeTruthy());
}

async function lookUp(idNumber = ID_NUMBER) {
  typeInto('counter-id', idNumber);
  fireEvent.keyDown(byId('counter-id'), { key: 'Enter' });
}

describe('柜台受理: finding the person', () => {
  it('judges the ID number as typed and looks up only a right one, sending it in the body', async () => {
    const calls = findServer({ lookup: PERSON_VIEW });
    await open();
    typeInto('counter-id', FIRST17.slice(0, 10));
    expect(text('counter-id-feedback')).toBe('已输入 10 位，还差 8 位');
    typeInto('counter-id', WRONG_CHECK);
    expect(byId('counter-id-feedback').className).toContain('counter-id-feedback--error');
    fireEvent.keyDown(byId('counter-id'), { key: 'Enter' });
    expect(byId('counter-lookup').hasAttribute('disabled')).toBe(true);
    expect(calls).toHaveLength(0);

    typeInto('counter-id', ID_NUMBER.toLowerCase());
    expect(text('counter-id-feedback')).toContain('出生日期 1952-03-14');
    fireEvent.click(byId('counter-lookup'));
    await waitFor(() => expect(byId('counter-person')).toBeTruthy());
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `${API}/counter/persons/lookup`,
      data: { idNumber: ID_NUMBER },
    });
    // No URL of the page carries the number.
    expect(calls.every((c) => !c.url.includes(ID_NUMBER))).toBe(true);
    expect(text('counter-person')).toContain('王秀英');
    expect(text('counter-person')).toContain('3713**********0021');
    expect(text('counter-person')).toContain('取件码将以短信发送');
  });

  it('registers someone unknown with name and phone, the name checked by the real-name service', async () => {
    const calls = findServer({ lookup: null });
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-unknown')).toBeTruthy());
    typeInto('counter-name', '王秀英');
    // Enter in the name goes on to the phone.
    fireEvent.keyDown(byId('counter-name'), { key: 'Enter' });
    expect(byId('counter-phone').getAttribute('data-focus')).toBe('true');
    typeInto('counter-phone', '1390539');
    expect(byId('counter-register-send').hasAttribute('disabled')).toBe(true);
    typeInto('counter-phone', '13905397788');
    fireEvent.keyDown(byId('counter-phone'), { key: 'Enter' });
    await waitFor(() => expect(byId('counter-person')).toBeTruthy());
    expect(calls.find((c) => c.url === `${API}/counter/persons`)?.data).toEqual({
      name: '王秀英',
      idNumber: ID_NUMBER,
      phone: '13905397788',
    });
    expect(calls.some((c) => c.url === `${API}/counter/persons/${PERSON}/cases`)).toBe(true);
  });

  it('says what the real-name service answered', async () => {
    findServer({
      lookup: null,
      register: { status: 400, body: errorBody('VALIDATION_FAILED', '姓名与身份证号不一致') },
    });
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-register')).toBeTruthy());
    typeInto('counter-name', '王秀');
    typeInto('counter-phone', '13905397788');
    fireEvent.click(byId('counter-register-send'));
    await waitFor(() => expect(text('counter-register-error')).toBe('姓名与身份证号不一致'));
  });

  it('says the real-name service is down on a 503', async () => {
    findServer({ lookup: null, register: { status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '上游服务不可用') } });
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-register')).toBeTruthy());
    typeInto('counter-name', '王秀英');
    typeInto('counter-phone', '13905397788');
    fireEvent.click(byId('counter-register-send'));
    await waitFor(() => expect(text('counter-register-error')).toBe('实名核验服务暂时不可用，请稍后再试'));
  });

  it('lists the person’s counter cases to go on with', async () => {
    findServer({
      lookup: PERSON_VIEW,
      cases: [
        {
          id: COUNTER_CASE,
          status: 'draft',
          itemNames: ['老年优待证办理'],
          hall: '县政务服务中心一楼',
          updatedAt: '2026-11-24T01:00:00.000Z',
        },
      ],
    });
    await open();
    await lookUp();
    await waitFor(() => expect(byId(`counter-case-${COUNTER_CASE}`)).toBeTruthy());
    expect(text(`counter-case-${COUNTER_CASE}`)).toContain('继续办理');
    fireEvent.click(byId(`counter-case-${COUNTER_CASE}`));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/staff/counter/case/index?id=${COUNTER_CASE}` });
  });
});

describe('柜台受理: choosing what the person came for', () => {
  it('starts one case for two items of two departments (一次办多事)', async () => {
    const calls = findServer({ lookup: PERSON_VIEW });
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-item-CJRZ')).toBeTruthy());
    expect(byId('counter-start').hasAttribute('disabled')).toBe(true);
    fireEvent.click(byId('counter-item-LNYDZ'));
    fireEvent.click(byId('counter-item-CJRZ'));
    expect(text('counter-selected')).toContain('老年优待证办理、残疾人证办理');
    expect(text('counter-start')).toBe('开始受理（2 个事项一次办）');
    fireEvent.click(byId('counter-start'));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalled());
    expect(calls.find((c) => c.url === `${API}/counter/cases`)?.data).toEqual({
      personId: PERSON,
      items: ['LNYDZ', 'CJRZ'],
    });
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/staff/counter/case/index?id=${COUNTER_CASE}` });
  });

  it('a chain replaces the items chosen, and an item the chain', async () => {
    const calls = findServer({ lookup: PERSON_VIEW });
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-chain-ESF')).toBeTruthy());
    fireEvent.click(byId('counter-item-LNYDZ'));
    fireEvent.click(byId('counter-chain-ESF'));
    expect(text('counter-selected')).toContain('一链办理：二手房交易');
    expect(text('counter-selected')).not.toContain('老年优待证');
    fireEvent.click(byId('counter-start'));
    await waitFor(() => expect(calls.some((c) => c.url === `${API}/counter/cases`)).toBe(true));
    expect(calls.find((c) => c.url === `${API}/counter/cases`)?.data).toEqual({ personId: PERSON, chain: 'ESF' });
  });

  it('searches the catalog as typed, and a department window only its own department’s items', async () => {
    const calls = findServer({ lookup: PERSON_VIEW }, meOf('department', { department: '县民政局' }));
    await open();
    await lookUp();
    await waitFor(() => expect(byId('counter-item-LNYDZ')).toBeTruthy());
    expect(calls.find((c) => c.url.startsWith(`${API}/items`))?.url).toBe(
      `${API}/items?department=${encodeURIComponent('县民政局')}&pageSize=20`,
    );
    // The chain is led by another department: not offered here.
    expect(document.getElementById('counter-chain-ESF')).toBeNull();
    typeInto('search-input', 'lnyd');
    await waitFor(() => expect(calls.some((c) => c.url.includes('q=lnyd'))).toBe(true));
    expect(calls.find((c) => c.url.startsWith(`${API}/chains?q=lnyd`))).toBeTruthy();
  });

  it('is not offered to the results window', async () => {
    findServer({}, meOf('results'));
    loginAs();
    render(<CounterFindPage />);
    await waitFor(() => expect(byId('counter-not-here')).toBeTruthy());
    expect(document.getElementById('counter-id')).toBeNull();
  });
});

describe('柜台受理 on the workbench', () => {
  it.each(['comprehensive', 'department'] as const)('a %s window opens it from the workbench', async (kind) => {
    staffServer(() => ({ status: 200, body: { items: [], total: 0 } }), meOf(kind));
    loginAs();
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('counter-entry')).toBeTruthy());
    fireEvent.click(byId('counter-entry'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/counter/index' });
  });

  it('the results window has no intake', async () => {
    staffServer(() => ({ status: 200, body: { items: [], total: 0 } }), meOf('results'));
    loginAs();
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('dashboard-entry')).toBeTruthy());
    expect(document.getElementById('counter-entry')).toBeNull();
  });
});
