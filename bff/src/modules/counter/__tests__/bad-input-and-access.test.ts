import { idCheckChar, type CounterCaseView } from '@onetrip/shared';
import { ifMatch, resident } from '../../applications/testing/cases';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import {
  act,
  counterSnapshot,
  counterWorld,
  OTHER_ITEM,
  readyCounterCase,
  register,
  SIMPLE,
  startCase,
  walkIn,
  type CounterWorld,
} from '../testing/world';

let w: CounterWorld;
let draft: CounterCaseView;
let personId: string;
beforeAll(async () => {
  w = await counterWorld();
  const ready = await readyCounterCase(w, w.front);
  draft = ready.view;
  personId = ready.person.id;
});
afterAll(async () => {
  await w.t.close();
});

/** A wrong check digit on an otherwise valid ID number. */
const badCheckDigit = () => {
  const good = walkIn().idNumber;
  const first17 = good.slice(0, 17);
  return first17 + (idCheckChar(first17) === '1' ? '2' : '1');
};

describe('bad input is refused with 400 and nothing written', () => {
  const cases: [
    string,
    () => [method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, headers?: Record<string, string>],
  ][] = [
    [
      'a lookup by an ID number with a wrong check digit',
      () => ['POST', '/counter/persons/lookup', { idNumber: badCheckDigit() }],
    ],
    [
      'a lookup with an extra field',
      () => ['POST', '/counter/persons/lookup', { idNumber: walkIn().idNumber, name: '张三' }],
    ],
    [
      'a registration with a wrong check digit',
      () => ['POST', '/counter/persons', { ...walkIn(), idNumber: badCheckDigit() }],
    ],
    [
      'a registration with a landline for a phone',
      () => ['POST', '/counter/persons', { ...walkIn(), phone: '0539-7211000' }],
    ],
    [
      'a registration without a name',
      () => ['POST', '/counter/persons', { idNumber: walkIn().idNumber, phone: '13900001111' }],
    ],
    [
      'a case for nobody registered',
      () => ['POST', '/counter/cases', { personId: '0123456789abcdef01234567', items: [SIMPLE] }],
    ],
    ['a case for an unknown item', () => ['POST', '/counter/cases', { personId, items: ['NO-SUCH-ITEM'] }]],
    ['a case for a repeated item', () => ['POST', '/counter/cases', { personId, items: [SIMPLE, SIMPLE] }]],
    [
      'a case with both items and a chain',
      () => ['POST', '/counter/cases', { personId, items: [SIMPLE], chain: 'esf' }],
    ],
    ['a case for an unknown chain', () => ['POST', '/counter/cases', { personId, chain: 'no-such-chain' }]],
    [
      'a form value of the wrong type',
      () => ['PATCH', `/counter/cases/${draft.id}`, { data: { copies: 'many' } }, ifMatch(draft.version)],
    ],
    [
      'express without an address',
      () => ['PATCH', `/counter/cases/${draft.id}`, { delivery: { method: 'express' } }, ifMatch(draft.version)],
    ],
    [
      'an address with a bad region',
      () => [
        'PATCH',
        `/counter/cases/${draft.id}`,
        {
          delivery: {
            method: 'express',
            address: { name: '王秀英', phone: '13900001111', region: ['山东省'], detail: '十字路街道1号' },
          },
        },
        ifMatch(draft.version),
      ],
    ],
    ['a change without If-Match', () => ['PATCH', `/counter/cases/${draft.id}`, { data: { purpose: '入学' } }]],
    [
      'uploads that are not the clerk’s',
      () => [
        'PUT',
        `/counter/cases/${draft.id}/materials/photo`,
        { uploadIds: ['0123456789abcdef01234567'] },
        ifMatch(draft.version),
      ],
    ],
    [
      'an original check that is not a boolean',
      () => [
        'PUT',
        `/counter/cases/${draft.id}/materials/id_card/original`,
        { checked: 'yes' },
        ifMatch(draft.version),
      ],
    ],
    [
      'a gap that is not gapAllowed',
      () => ['POST', `/counter/cases/${draft.id}/accept`, { gaps: ['id_card'] }, ifMatch(draft.version)],
    ],
    [
      'a gap that is not missing',
      () => ['POST', `/counter/cases/${draft.id}/accept`, { gaps: ['photo'] }, ifMatch(draft.version)],
    ],
    [
      'a gaps due day without gaps',
      () => ['POST', `/counter/cases/${draft.id}/accept`, { gapsDue: '2030-01-01' }, ifMatch(draft.version)],
    ],
    [
      'a refusal problem naming nothing',
      () => ['POST', `/counter/cases/${draft.id}/refuse`, { problems: [{ reason: '缺' }] }, ifMatch(draft.version)],
    ],
  ];

  it.each(cases)('%s', async (_name, request) => {
    const [method, url, payload, headers] = request();
    const before = await counterSnapshot(w);
    const res = await w.call(w.front, method, url, { payload, ...(headers ? { headers } : {}) });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.json().error.details?.length).toBeGreaterThan(0);
    expect(await counterSnapshot(w)).toBe(before);
  });

  it('answers 503 and writes nothing when the real-name service is down', async () => {
    const who = walkIn('陈默');
    const arm = await fetch(`${w.t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'realname-down', times: 1, path: '/idcheck/v1/verify', match: who.idNumber }),
    });
    expect(arm.status).toBe(200);
    const before = await counterSnapshot(w);
    const res = await w.call(w.front, 'POST', '/counter/persons', { payload: who });
    expect([res.statusCode, res.json().error.code]).toEqual([503, 'UPSTREAM_UNAVAILABLE']);
    expect(await counterSnapshot(w)).toBe(before);
  });

  it('registers a person once: a second registration with a new phone updates them (200)', async () => {
    const who = walkIn('蒋平');
    const first = await w.call(w.front, 'POST', '/counter/persons', { payload: who });
    const second = await w.call(w.front2, 'POST', '/counter/persons', { payload: { ...who, phone: '13700001111' } });
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.json()).toMatchObject({ id: first.json().id, phoneMasked: '137****1111' });
    expect(await w.app.db.collection('counter_persons').countDocuments({ name: '蒋平' })).toBe(1);
  });
});

describe('who may use the counter', () => {
  const routes = (): [string, 'GET' | 'POST', string, unknown?][] => [
    ['lookup', 'POST', '/counter/persons/lookup', { idNumber: walkIn().idNumber }],
    ['register', 'POST', '/counter/persons', walkIn()],
    ['start', 'POST', '/counter/cases', { personId, items: [SIMPLE] }],
    ['read', 'GET', `/counter/cases/${draft.id}`],
    ['person’s cases', 'GET', `/counter/persons/${personId}/cases`],
  ];

  it('refuses residents and the results window (统一出件) with 403 before anything is read or written', async () => {
    const alice = await resident(w.app, 'counter_alice');
    for (const who of [alice, w.results] as LoggedIn[]) {
      const before = await counterSnapshot(w);
      for (const [name, method, url, payload] of routes()) {
        const res = await w.call(who, method, url, payload === undefined ? {} : { payload });
        expect([name, res.statusCode]).toEqual([name, 403]);
      }
      expect(await counterSnapshot(w)).toBe(before);
    }
  });

  it('lets a department window start cases only for its own department’s items', async () => {
    const person = await register(w, w.dept, walkIn('韩梅'));
    const before = await counterSnapshot(w);
    const mixed = await w.call(w.dept, 'POST', '/counter/cases', {
      payload: { personId: person.id, items: [SIMPLE, OTHER_ITEM] },
    });
    expect([mixed.statusCode, mixed.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await counterSnapshot(w)).toBe(before);
    expect(
      (await w.call(w.dept, 'POST', '/counter/cases', { payload: { personId: person.id, items: [SIMPLE] } }))
        .statusCode,
    ).toBe(201);
  });

  it('lets any comprehensive clerk of the hall go on with a case, not a clerk of another hall nor another department', async () => {
    const colleague = await w.call(w.front2, 'GET', `/counter/cases/${draft.id}`);
    expect(colleague.statusCode).toBe(200);
    // The department of its only item may serve it too.
    expect((await w.call(w.dept, 'GET', `/counter/cases/${draft.id}`)).statusCode).toBe(200);
    const before = await counterSnapshot(w);
    for (const who of [w.frontElsewhere, w.otherDept]) {
      for (const [method, path, payload] of [
        ['GET', '', undefined],
        ['PATCH', '', { data: { purpose: '篡改' } }],
        ['PUT', '/materials/id_card', { uploadIds: [] }],
        ['PUT', '/materials/id_card/original', { checked: false }],
        ['POST', '/accept', {}],
        ['POST', '/refuse', { problems: [{ field: 'purpose', reason: '篡改' }] }],
        ['GET', '/receipt', undefined],
        ['GET', '/receipt.pdf', undefined],
        ['POST', '/receipt/sms', undefined],
      ] as const) {
        const res = await w.call(who, method, `/counter/cases/${draft.id}${path}`, {
          headers: ifMatch(colleague.json<CounterCaseView>().version),
          ...(payload === undefined ? {} : { payload }),
        });
        expect([path, res.statusCode]).toEqual([path, 404]);
      }
    }
    expect(await counterSnapshot(w)).toBe(before);
    // Their list of the person's cases (a read of the person, audited) does not show it.
    for (const who of [w.frontElsewhere, w.otherDept]) {
      const list = await w.call(who, 'GET', `/counter/persons/${personId}/cases`);
      expect([list.statusCode, list.json().items]).toEqual([200, []]);
    }
  });

  it('lists the person’s counter cases for the clerks of the hall', async () => {
    const list = await w.call(w.front2, 'GET', `/counter/persons/${personId}/cases`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      {
        id: draft.id,
        status: 'draft',
        itemNames: ['测试证明办理'],
        hall: '县政务服务中心一楼',
        updatedAt: expect.any(String),
      },
    ]);
    expect((await w.call(w.front2, 'GET', '/counter/persons/0123456789abcdef01234567/cases')).statusCode).toBe(404);
  });

  it('reads the files a colleague scanned for a case the clerk may serve, audited; others get 404', async () => {
    const { fileOf } = await import('../../authorizations/testing/world');
    const upload = await fileOf(w as never, w.front);
    const now = (await w.call(w.front, 'GET', `/counter/cases/${draft.id}`)).json<CounterCaseView>();
    const put = await act(w, w.front, 'PUT', now, '/materials/photo', { uploadIds: [upload] });
    expect(put.statusCode).toBe(200);
    expect((await w.call(w.front2, 'GET', `/uploads/${upload}`)).statusCode).toBe(200);
    expect((await w.call(w.frontElsewhere, 'GET', `/uploads/${upload}`)).statusCode).toBe(404);
    const read = await w.app.db.collection('audit_logs').findOne({ action: 'upload.read', target: upload });
    expect(read).toMatchObject({ caseId: draft.id, actor: { userId: w.front2.userId, role: 'staff' } });
    draft = put.json<CounterCaseView>();
  });

  it('never lets a clerk start a case for themself', async () => {
    const self = walkIn('林清');
    const { loginAs } = await import('../../../../test/helpers/login-as');
    const clerk = await loginAs(w.app, 'counter_self', {
      roles: ['staff'],
      staffKind: 'comprehensive',
      hall: '县政务服务中心一楼',
      profile: self,
    });
    const person = await register(w, clerk, self);
    const res = await w.call(clerk, 'POST', '/counter/cases', { payload: { personId: person.id, items: [SIMPLE] } });
    expect([res.statusCode, res.json().error.details]).toEqual([
      400,
      [{ in: 'body', path: 'personId', message: '窗口人员不能为本人受理办件' }],
    ]);
    // A colleague may.
    expect((await startCase(w, w.front, person.id)).status).toBe('draft');
  });
});
