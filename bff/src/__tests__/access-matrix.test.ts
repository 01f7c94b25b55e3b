/**
 * Every route that takes an id, tried by everyone who has no business with
 * the object behind it: they must get 404 (or 403 from a role guard, before
 * anything is looked up) — never a 2xx — and nothing may change anywhere.
 */
import { type ApplicationView, type CounterCaseView } from '@onetrip/shared';
import { putItem } from '../modules/catalog/item.service';
import { createQrToken } from '../modules/catalog/qrcode.service';
import { ifMatch, newKey, simpleItem, storedCase, type CallOptions } from '../modules/applications/testing/cases';
import { licenceModel } from '../modules/applications/licence.model';
import { DEPT_A, FREE_A, submittedCase } from '../modules/staff/testing/world';
import {
  agentWorld,
  authorizationOf,
  confirm,
  fileOf,
  readyAgentCase,
  stranger,
  submit,
  type AgentWorld,
} from '../modules/authorizations/testing/world';
import { EMS, EXPRESS_FEE, EXPRESS_ITEM, SF, shippedCase, type ShipWorld } from '../modules/shipments/testing/world';
import { loginAs, type LoggedIn } from '../../test/helpers/login-as';
import { fileBody } from '../modules/uploads/testing/multipart';
import { putGroup } from '../modules/hall/groups.service';
import { setHallClock } from '../modules/hall/hall-clock';
import { THURSDAY } from '../modules/hall/testing/world';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface Route {
  method: Method;
  /** the URL with the object's id(s) filled in */
  url: string;
  /** the role a guard asks for before anything is looked up (403 without it) */
  role?: 'staff' | 'courier' | 'admin';
  payload?: unknown;
  headers?: Record<string, string>;
}

interface Attacker {
  name: string;
  who: LoggedIn;
  roles: string[];
}

interface Target {
  name: string;
  routes: Route[];
  /** who reads it in the control (default: the agent for agents' objects, else the resident) */
  owner?: LoggedIn;
}

let w: AgentWorld;
let attackers: Attacker[];
let targets: Target[];
let courierEms: LoggedIn;
/** a comprehensive window (综合窗口) serving a walk-in at the counter */
let front: LoggedIn;

/** Every route that reads or changes a case, as the case's own people would call them (valid bodies and headers). */
function caseRoutes(view: ApplicationView, attackerUpload: string): Route[] {
  const id = view.id;
  const v = ifMatch(view.version);
  const key = () => ({ 'idempotency-key': newKey() });
  const staff = (action: string, payload: unknown, headers: Record<string, string> = v): Route => ({
    method: 'POST',
    url: `/staff/applications/${id}/${action}`,
    role: 'staff',
    payload,
    headers,
  });
  return [
    { method: 'GET', url: `/applications/${id}` },
    { method: 'PATCH', url: `/applications/${id}`, headers: v, payload: { data: { purpose: '篡改' } } },
    {
      method: 'PUT',
      url: `/applications/${id}/materials/id_card`,
      headers: v,
      payload: { uploadIds: [attackerUpload] },
    },
    // 电子证照: attaching (a licence id of the case's own issue, whether or not it exists) and removing
    {
      method: 'PUT',
      url: `/applications/${id}/materials/id_card/licence`,
      headers: v,
      payload: { licenceId: `${id}.${view.items[0]?.code}` },
    },
    { method: 'DELETE', url: `/applications/${id}/materials/id_card/licence`, headers: v },
    // 容缺受理 / 告知承诺: signing the case's 承诺书 and taking it back
    { method: 'PUT', url: `/applications/${id}/commitment`, headers: v, payload: { how: 'app' } },
    { method: 'DELETE', url: `/applications/${id}/commitment`, headers: v },
    // 电子送达: the result's PDF, to the applicant and the case's agent (staff's: below)
    { method: 'GET', url: `/applications/${id}/certificate.pdf` },
    { method: 'POST', url: `/applications/${id}/submit`, headers: key() },
    { method: 'POST', url: `/applications/${id}/resubmit` },
    { method: 'POST', url: `/applications/${id}/withdraw`, payload: {} },
    { method: 'POST', url: `/applications/${id}/payments`, headers: key(), payload: {} },
    { method: 'POST', url: `/applications/${id}/evaluation`, payload: { score: 1 } },
    { method: 'PUT', url: `/applications/${id}/paper-authorization`, payload: { uploadId: attackerUpload } },
    { method: 'GET', url: `/staff/applications/${id}`, role: 'staff' },
    { method: 'GET', url: `/staff/applications/${id}/certificate.pdf`, role: 'staff' },
    staff('accept', {}),
    staff('supplement', { problems: [{ field: 'purpose', reason: '篡改' }] }),
    staff('reject', { reason: '篡改' }),
    staff(`items/${view.items[0]?.code}/approve`, {}),
    staff(`items/${view.items[0]?.code}/deny`, { reason: '篡改' }),
    staff('chain-decision', { goOn: false, reason: '篡改' }),
    staff('issue', { certificateNo: 'X123' }),
    staff('handover', { pickupCode: '123456' }, {}),
    staff('followup/close', { note: '篡改' }, {}),
    staff('shipment/unlock', { note: '篡改' }, {}),
    staff('verification', { result: 'false_promise', note: '篡改' }),
    // 效能监察's chase (催办): the admin's alone
    { method: 'POST', url: `/admin/supervision/cases/${id}/chase`, role: 'admin', payload: { note: '篡改' } },
    // 投诉建议 about the case: only its applicant (or its agent) may file one
    {
      method: 'POST',
      url: '/complaints',
      payload: { kind: '投诉', category: '其他', text: '篡改他人办件', about: { type: 'case', caseId: id } },
    },
  ];
}

/** A complaint's routes: its filer's reads and rating, and the supervision's (the admin and the heads concerned). */
const complaintRoutes = (complaintId: string, version: number): Route[] => [
  { method: 'GET', url: `/complaints/${complaintId}` },
  { method: 'POST', url: `/complaints/${complaintId}/rating`, payload: { result: '不满意' } },
  { method: 'GET', url: `/supervision/complaints/${complaintId}`, role: 'admin' },
  {
    method: 'POST',
    url: `/supervision/complaints/${complaintId}/answer`,
    role: 'admin',
    headers: { 'if-match': `"${version}"` },
    payload: { text: '篡改答复内容' },
  },
];

const uploadRoutes = (uploadId: string): Route[] => [
  { method: 'GET', url: `/uploads/${uploadId}` },
  { method: 'DELETE', url: `/uploads/${uploadId}` },
];

const authorizationRoutes = (view: ApplicationView): Route[] => [
  { method: 'GET', url: `/authorizations/${authorizationOf(view)}` },
  { method: 'POST', url: `/authorizations/${authorizationOf(view)}/confirm`, payload: {} },
  { method: 'POST', url: `/authorizations/${authorizationOf(view)}/revoke`, payload: {} },
];

const courierRoutes = (shipmentId: string): Route[] => [
  { method: 'GET', url: `/courier/shipments/${shipmentId}`, role: 'courier' },
  { method: 'POST', url: `/courier/shipments/${shipmentId}/pickup`, role: 'courier', payload: {} },
  {
    method: 'POST',
    url: `/courier/shipments/${shipmentId}/deliver`,
    role: 'courier',
    payload: { receiptCode: '123456' },
  },
  { method: 'POST', url: `/courier/shipments/${shipmentId}/fail`, role: 'courier', payload: { reason: '篡改' } },
];

const hallRoutes = (ticketId: string, appointmentId: string): Route[] => [
  { method: 'GET', url: `/tickets/${ticketId}` },
  { method: 'DELETE', url: `/tickets/${ticketId}` },
  ...['recall', 'no-show', 'done', 'serve'].map(
    (action): Route => ({ method: 'POST', url: `/tickets/${ticketId}/${action}`, role: 'staff', payload: {} }),
  ),
  { method: 'POST', url: `/tickets/${ticketId}/transfer`, role: 'staff', payload: { group: 'mx-hall' } },
  { method: 'DELETE', url: `/appointments/${appointmentId}` },
  { method: 'POST', url: `/appointments/${appointmentId}/check-in`, payload: {} },
];

/** Every route of a case started at a counter, as the clerk serving it would call them. */
function counterRoutes(view: CounterCaseView, attackerUpload: string): Route[] {
  const base = `/counter/cases/${view.id}`;
  const v = ifMatch(view.version);
  const staff = (method: Method, path: string, payload?: unknown, headers: Record<string, string> = v): Route => ({
    method,
    url: `${base}${path}`,
    role: 'staff',
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
  return [
    staff('GET', '', undefined, {}),
    staff('PATCH', '', { data: { purpose: '篡改' } }),
    staff('PUT', '/materials/id_card', { uploadIds: [attackerUpload] }),
    staff('PUT', '/materials/id_card/original', { checked: false }),
    staff('POST', '/accept', {}),
    staff('POST', '/refuse', { problems: [{ field: 'purpose', reason: '篡改' }] }),
    staff('GET', '/receipt', undefined, {}),
    staff('GET', '/receipt.pdf', undefined, {}),
    staff('POST', '/receipt/sms', undefined, {}),
  ];
}

/** Everything an attempt could have changed, as stored. */
async function snapshot() {
  const names = [
    ...['applications', 'uploads', 'audit_logs', 'qrcodes', 'evaluations', 'payments'],
    ...['hall_tickets', 'hall_ticket_numbers', 'hall_appointments', 'hall_seats', 'hall_bookings'],
    ...['counter_persons', 'counter_receipt_links', 'centre_settings', 'licences', 'staff_messages'],
    'complaints',
  ];
  const all = await Promise.all(names.map((n) => w.app.db.collection(n).find({}).sort({ _id: 1 }).toArray()));
  return JSON.stringify(all);
}

function call(who: LoggedIn, route: Route) {
  const opts: CallOptions = { headers: { ...who.headers, ...route.headers } };
  return w.t.app.inject({
    method: route.method,
    url: `/api/v1${route.url}`,
    headers: opts.headers,
    ...(route.payload === undefined ? {} : { payload: route.payload as object }),
  });
}

beforeAll(async () => {
  w = await agentWorld();
  await putItem(
    w.app.db,
    EXPRESS_ITEM,
    simpleItem({
      name: '测试邮寄证照',
      department: DEPT_A,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: EXPRESS_FEE },
    }),
  );
  let courierSf: LoggedIn;
  [courierEms, courierSf] = await Promise.all([
    loginAs(w.app, 'mx_courier_ems', { roles: ['courier'], courierCompany: EMS }),
    loginAs(w.app, 'mx_courier_sf', { roles: ['courier'], courierCompany: SF }),
  ]);
  const mock = w.t.mock;
  const ship: ShipWorld = { ...w, courier: courierEms, otherCourier: courierSf, mock };

  // The objects: an agent's draft, an agent's submitted case and one of an unverified resident, a
  // resident's own submitted case, a resident's express case on its way (with its shipment).
  const agentDraft = await readyAgentCase(w, w.carol.profile);
  const agentSubmitted = await readyAgentCase(w, w.carol.profile);
  await confirm(w, w.carol, authorizationOf(agentSubmitted));
  await submit(w, w.agent, agentSubmitted.id);
  const forStranger = await readyAgentCase(w, stranger('钱多多'));
  const own = await submittedCase(w, w.alice, [FREE_A]);
  const shipped = await shippedCase(ship, w.alice);
  const latest = async (view: { id: string }) =>
    (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
  const asAgent = async (view: { id: string }) =>
    (await w.call(w.agent, 'GET', `/applications/${view.id}`)).json<ApplicationView>();

  // A real file on the agent's draft, so its read would succeed for those allowed.
  const agentFile = await fileOf(w, w.agent);
  const draftNow = await asAgent(agentDraft);
  const put = await w.call(w.agent, 'PUT', `/applications/${agentDraft.id}/materials/id_card`, {
    headers: ifMatch(draftNow.version),
    payload: { uploadIds: [agentFile] },
  });
  if (put.statusCode !== 200) throw new Error(`attaching the file failed: ${put.body}`);

  attackers = [
    { name: 'another resident', who: w.bob, roles: ['resident'] },
    { name: 'another agent of the same station', who: w.agentSame, roles: ['resident', 'agent'] },
    { name: 'an agent of another station', who: w.agentWest, roles: ['resident', 'agent'] },
    { name: 'a courier of another company', who: courierSf, roles: ['resident', 'courier'] },
    { name: 'staff of an uninvolved department', who: w.staffC, roles: ['resident', 'staff'] },
  ];
  // Each attacker brings an upload of their own (a material or paper authorization they would slip in).
  const attackerUpload = await fileOf(w, w.bob);
  // A real file of the resident, on a draft of hers.
  const ownFile = await fileOf(w, w.alice);
  const ownDraft = (
    await w.call(w.alice, 'POST', '/applications', { payload: { items: [FREE_A] } })
  ).json<ApplicationView>();
  const attached = await w.call(w.alice, 'PUT', `/applications/${ownDraft.id}/materials/id_card`, {
    headers: ifMatch(ownDraft.version),
    payload: { uploadIds: [ownFile] },
  });
  if (attached.statusCode !== 200) throw new Error(`attaching the file failed: ${attached.body}`);
  // A resident's hall appointment and ticket, in a group of DEPT_A's item (whose clerks handle its tickets).
  setHallClock(w.app.db, () => new Date(`${THURSDAY}T09:00:00+08:00`));
  const hallGroup = {
    ...{ name: '测试窗口', hall: '县政务服务中心一楼', prefix: 'M', items: [FREE_A], windows: ['M01'] },
    ...{ hours: '工作日 9:00–17:00', phone: '0539-7211999', capacity: 2 },
  };
  await putGroup(w.app.db, 'mx-hall', hallGroup, { userId: 'system', requestId: 'test' });
  const appointment = await w.call(w.alice, 'POST', '/appointments', {
    payload: { group: 'mx-hall', date: THURSDAY, slot: '16:30' },
  });
  const hallTicket = await w.call(w.alice, 'POST', '/tickets', { payload: { group: 'mx-hall' } });
  if (appointment.statusCode !== 201 || hallTicket.statusCode !== 201)
    throw new Error(`the hall objects failed: ${appointment.body} ${hallTicket.body}`);
  // A walk-in's case at a comprehensive window of the hall, refused once (so it has its 一次性告知书), with a scan.
  front = await loginAs(w.app, 'mx_front', {
    roles: ['staff'],
    staffKind: 'comprehensive',
    hall: '县政务服务中心一楼',
  });
  const walkIn = await w.call(front, 'POST', '/counter/persons', { payload: stranger('孙秀兰') });
  let counterCase = (
    await w.call(front, 'POST', '/counter/cases', {
      payload: { personId: walkIn.json<{ id: string }>().id, items: [FREE_A] },
    })
  ).json<CounterCaseView>();
  const counterFile = await fileOf(w, front);
  counterCase = (
    await w.call(front, 'PUT', `/counter/cases/${counterCase.id}/materials/id_card`, {
      headers: ifMatch(counterCase.version),
      payload: { uploadIds: [counterFile] },
    })
  ).json<CounterCaseView>();
  const refused = await w.call(front, 'POST', `/counter/cases/${counterCase.id}/refuse`, {
    headers: ifMatch(counterCase.version),
    payload: {},
  });
  if (refused.statusCode !== 200) throw new Error(`the counter case failed: ${refused.body}`);
  counterCase = refused.json<CounterCaseView>();
  // A resident's complaint about her own case, with a photo of hers (read by those who answer it only).
  const complaintPhoto = await fileOf(w, w.alice);
  const filedComplaint = await w.call(w.alice, 'POST', '/complaints', {
    payload: {
      ...{ kind: '投诉', category: '办事效率', text: '受理后一直没有进展。', photos: [complaintPhoto] },
      about: { type: 'case', caseId: own.id },
    },
  });
  if (filedComplaint.statusCode !== 201) throw new Error(`filing the complaint failed: ${filedComplaint.body}`);
  const complaint = filedComplaint.json<{ id: string; version: number }>();
  targets = [
    {
      name: 'an agent’s draft',
      routes: [
        ...caseRoutes(await asAgent(agentDraft), attackerUpload),
        ...authorizationRoutes(agentDraft),
        ...uploadRoutes(agentFile),
      ],
    },
    {
      name: 'an agent’s submitted case',
      routes: [...caseRoutes(await asAgent(agentSubmitted), attackerUpload), ...authorizationRoutes(agentSubmitted)],
    },
    {
      name: 'an agent’s case for an unverified resident',
      routes: [...caseRoutes(await asAgent(forStranger), attackerUpload), ...authorizationRoutes(forStranger)],
    },
    {
      name: 'a resident’s own case',
      routes: [...caseRoutes(await latest(own), attackerUpload), ...uploadRoutes(ownFile)],
    },
    {
      name: 'a resident’s case being shipped',
      routes: [...caseRoutes(await latest(shipped), attackerUpload), ...courierRoutes(shipped.shipmentId)],
    },
    {
      name: 'a resident’s hall ticket and appointment',
      routes: hallRoutes(hallTicket.json<{ id: string }>().id, appointment.json<{ id: string }>().id),
    },
    {
      name: 'a resident’s complaint about her case',
      routes: [...complaintRoutes(complaint.id, complaint.version), ...uploadRoutes(complaintPhoto)],
    },
    {
      name: 'a walk-in’s case at the counter',
      routes: [...counterRoutes(counterCase, attackerUpload), ...uploadRoutes(counterFile)],
      owner: front,
    },
  ];
});

afterAll(async () => {
  await w.t.close();
});

describe('access matrix: foreign objects × roles', () => {
  it('covers every route with an id (courier routes included), on objects their own people can reach', async () => {
    const urls = new Set(
      targets.flatMap((t) => t.routes.map((r) => `${r.method} ${r.url.replace(/[0-9a-f]{24}/g, ':id')}`)),
    );
    expect(urls.size).toBe(62);
    // The controls: the same reads by those entitled succeed, so the refusals below are about who asks.
    const read = (who: LoggedIn, url: string) => call(who, { method: 'GET', url });
    for (const target of targets) {
      const caseUrl = target.routes[0]?.url as string;
      const owner = target.owner ?? (target.name.includes('agent') ? w.agent : w.alice);
      expect([target.name, (await read(owner, caseUrl)).statusCode]).toEqual([target.name, 200]);
      const auth = target.routes.find((r) => r.url.startsWith('/authorizations/') && r.method === 'GET');
      if (auth) expect((await read(w.agent, auth.url)).statusCode).toBe(200);
      const upload = target.routes.find((r) => r.url.startsWith('/uploads/') && r.method === 'GET');
      if (upload) expect((await read(owner, upload.url)).statusCode).toBe(200);
      const shipment = target.routes.find((r) => r.url.startsWith('/courier/') && r.method === 'GET');
      if (shipment) expect((await read(courierEms, shipment.url)).statusCode).toBe(200);
    }
    const submitted = targets[1]?.routes.find((r) => r.url.startsWith('/staff/') && r.method === 'GET') as Route;
    expect((await read(w.staffA, submitted.url)).statusCode).toBe(200);
  });

  // One test per attacker: every object, every route; all answers listed on failure.
  for (const index of [0, 1, 2, 3, 4]) {
    it(`refuses attacker #${index + 1} everywhere (404, or 403 from a role guard) and changes nothing`, async () => {
      const attacker = attackers[index] as Attacker;
      const before = await snapshot();
      const wrong: string[] = [];
      for (const target of targets) {
        for (const route of target.routes) {
          const res = await call(attacker.who, route);
          const expected = route.role && !attacker.roles.includes(route.role) ? 403 : 404;
          const code = res.statusCode === expected ? null : res.statusCode;
          if (code !== null)
            wrong.push(
              `${attacker.name} × ${target.name}: ${route.method} ${route.url} → ${code} ${res.body.slice(0, 120)}`,
            );
        }
      }
      expect(wrong).toEqual([]);
      expect(await snapshot()).toBe(before);
    });
  }
});

/** The resident's own lists: nobody else's list shows her hall ticket or appointment. */
describe('access matrix: own lists × everyone else', () => {
  it('GET /tickets and GET /appointments list the resident’s objects to her and to no attacker', async () => {
    const hall = targets.find((t) => t.name.includes('hall'))?.routes ?? [];
    const ids = hall.map((r) => r.url.split('/')[2] as string);
    const listed = async (who: LoggedIn, url: string) =>
      (await call(who, { method: 'GET', url })).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    const own = [...(await listed(w.alice, '/tickets')), ...(await listed(w.alice, '/appointments'))];
    expect(ids.every((id) => own.includes(id))).toBe(true);
    for (const attacker of attackers) {
      const theirs = [...(await listed(attacker.who, '/tickets')), ...(await listed(attacker.who, '/appointments'))];
      expect([attacker.name, theirs.filter((id) => ids.includes(id))]).toEqual([attacker.name, []]);
    }
  });
});

/** 电子证照: a person's licences are listed to them and to nobody else. */
describe('access matrix: own licences × everyone else', () => {
  it('GET /licences lists the resident’s licence to her and to no attacker', async () => {
    const own = targets.find((t) => t.name === 'a resident’s own case')?.routes[0]?.url.split('/')[2] as string;
    const stored = await storedCase(w.app, own);
    const hash = (stored?.applicant as { idNumberHash: string }).idNumberHash;
    const licenceId = `${own}.MX-LICENCE`;
    await licenceModel(w.app.db).create({
      ...{ _id: licenceId, ownerId: stored?.ownerId as string, personHash: hash, type: '营业执照', number: 'MX-1' },
      ...{ issuer: DEPT_A, issuedAt: new Date(), caseId: own, caseNumber: 'ZW20260101000001', itemCode: 'MX-LICENCE' },
    });
    const listed = async (who: LoggedIn) =>
      (await call(who, { method: 'GET', url: '/licences' })).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(await listed(w.alice)).toContain(licenceId);
    for (const attacker of attackers) expect([attacker.name, await listed(attacker.who)]).toEqual([attacker.name, []]);
    expect(await listed(w.agent)).toEqual([]);
  });
});

/** Admin routes without an id: the role guard refuses every other role (403) before anything is read or written. */
describe('access matrix: admin settings × roles', () => {
  it('PUT /admin/config/hall is refused to every attacker and to staff, and stores nothing', async () => {
    const route: Route = {
      method: 'PUT',
      url: '/admin/config/hall',
      payload: { separateAcceptanceFromApproval: false },
    };
    for (const who of [...attackers.map((a) => a.who), w.staffA, w.alice, w.agent])
      expect([route.url, (await call(who, route)).statusCode]).toEqual([route.url, 403]);
    expect(await w.app.db.collection('centre_settings').countDocuments()).toBe(0);
  });
});

/**
 * The counter's routes about people (no case of anyone's behind them) and the centre's contact: every role but staff
 * gets 403 before anything is read or written; an uninvolved department's window may look people up, but lists none
 * of the walk-in's cases it does not serve.
 */
describe('access matrix: the counter’s people and the centre × roles', () => {
  it('refuses everyone but staff, stores nothing, and shows an uninvolved window none of the walk-in’s cases', async () => {
    const person = stranger('冯桂英');
    const registered = await w.call(front, 'POST', '/counter/persons', { payload: person });
    const personId = registered.json<{ id: string }>().id;
    const routes: Route[] = [
      { method: 'POST', url: '/counter/persons/lookup', payload: { idNumber: person.idNumber } },
      { method: 'POST', url: '/counter/persons', payload: stranger('卫东') },
      { method: 'GET', url: `/counter/persons/${personId}/cases` },
      { method: 'POST', url: '/counter/cases', payload: { personId, items: [FREE_A] } },
      { method: 'GET', url: '/admin/config/centre' },
      {
        method: 'PUT',
        url: '/admin/config/centre',
        payload: { name: '篡改中心', address: '篡改地址一号', phone: '0539-7211999' },
      },
    ];
    const before = await snapshot();
    for (const attacker of attackers.filter((a) => !a.roles.includes('staff')))
      for (const route of routes)
        expect([attacker.name, route.method, route.url, (await call(attacker.who, route)).statusCode]).toEqual([
          attacker.name,
          route.method,
          route.url,
          403,
        ]);
    expect((await call(w.staffA, routes[5] as Route)).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);
    const theirs = await call(w.staffC, { method: 'GET', url: `/counter/persons/${personId}/cases` });
    expect([theirs.statusCode, theirs.json<{ items: { id: string }[] }>().items]).toEqual([200, []]);
  });
});

/**
 * The console's people, lists, calendar, posters and audit: admins only, refused (403) to every other role before
 * anything is read or written; the holiday calendar is read by staff too, and no one else.
 */
describe('access matrix: the console’s people, lists, calendar, posters and audit × roles', () => {
  it('refuses everyone but the admin, stores and audits nothing, and lets staff read only the calendar', async () => {
    const poster = await createQrToken(w.app.db, { kind: 'item', target: FREE_A }, 'system');
    const routes: Route[] = [
      { method: 'GET', url: `/admin/users?q=${encodeURIComponent('138****0000')}` },
      { method: 'GET', url: '/admin/users?role=admin' },
      { method: 'PUT', url: `/admin/users/${w.bob.userId}/roles`, payload: { roles: ['resident', 'admin'] } },
      { method: 'PUT', url: '/admin/config/stations', payload: { stations: [{ town: '篡改镇', village: '篡改村' }] } },
      { method: 'PUT', url: '/admin/config/courier-companies', payload: { companies: ['中国邮政EMS', '篡改快递'] } },
      { method: 'GET', url: '/admin/qrcodes' },
      { method: 'GET', url: `/admin/qrcodes/${poster}/poster.pdf` },
      { method: 'GET', url: '/admin/audit' },
      { method: 'GET', url: '/admin/audit?format=csv' },
      { method: 'PUT', url: '/admin/holidays/2031', payload: { days: ['2031-10-01'], workdays: [] } },
    ];
    const calendar: Route = { method: 'GET', url: '/admin/holidays/2026' };
    const before = await snapshot();
    for (const who of [...attackers.map((a) => a.who), w.alice, w.agent, w.staffA]) {
      for (const route of routes)
        expect([route.method, route.url, (await call(who, route)).statusCode]).toEqual([route.method, route.url, 403]);
    }
    for (const who of [w.bob, w.alice, w.agent, w.agentWest])
      expect([calendar.url, (await call(who, calendar)).statusCode]).toEqual([calendar.url, 403]);
    expect((await call(w.staffA, calendar)).statusCode).toBe(200);
    expect(await snapshot()).toBe(before);
    expect(await w.app.db.collection('holidays').countDocuments({ _id: 2031 as never })).toBe(0);
  });
});

/**
 * The catalog console (drafts, publishing, versions, lists, files): admins only. Every other role is refused (403)
 * by the role guard before anything is read or written, on a real item with a draft and a real chain.
 */
describe('access matrix: the catalog console × roles', () => {
  it('refuses everyone but an admin on every console route, and stores nothing', async () => {
    const admin = await loginAs(w.app, 'admin');
    const draft = await call(admin, { method: 'PUT', url: `/admin/items/${FREE_A}/draft`, payload: { name: '草稿' } });
    expect(draft.statusCode).toBe(200);
    const upload = fileBody('样表.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    const routes: Route[] = [
      { method: 'GET', url: '/admin/items' },
      { method: 'GET', url: `/admin/items/${FREE_A}` },
      { method: 'PUT', url: `/admin/items/${FREE_A}/draft`, payload: { name: '篡改' } },
      { method: 'DELETE', url: `/admin/items/${FREE_A}/draft` },
      { method: 'POST', url: `/admin/items/${FREE_A}/publish` },
      { method: 'GET', url: `/admin/items/${FREE_A}/versions` },
      { method: 'GET', url: `/admin/items/${FREE_A}/versions/1` },
      { method: 'GET', url: '/admin/chains' },
      { method: 'GET', url: '/admin/chains/ESF-JIAOYI/versions' },
      { method: 'GET', url: '/admin/chains/ESF-JIAOYI/versions/1' },
      { method: 'POST', url: '/admin/catalog-files', payload: upload.payload, headers: upload.headers },
    ];
    // The controls: the admin's reads succeed, so the refusals are about who asks.
    for (const route of routes.filter((r) => r.method === 'GET'))
      expect([route.url, (await call(admin, route)).statusCode]).toEqual([route.url, 200]);
    const catalog = async () =>
      JSON.stringify(
        await Promise.all(
          ['items', 'item_versions', 'item_drafts', 'chains', 'chain_versions', 'catalog_files'].map((n) =>
            w.app.db.collection(n).find({}).sort({ _id: 1 }).toArray(),
          ),
        ),
      );
    const before = [await snapshot(), await catalog()];
    for (const who of [...attackers.map((a) => a.who), w.staffA, w.alice, w.agent])
      for (const route of routes)
        expect([route.method, route.url, (await call(who, route)).statusCode]).toEqual([route.method, route.url, 403]);
    expect([await snapshot(), await catalog()]).toEqual(before);
  });
});

/** 效能监察's dashboard and its CSV: admins only; staff and department heads are refused like everyone else. */
describe('access matrix: the supervision × roles', () => {
  it('refuses everyone but the admin (403) and stores nothing', async () => {
    const head = await loginAs(w.app, 'mx_head_a');
    const admin = await loginAs(w.app, 'admin');
    const grant = await call(admin, {
      method: 'PUT',
      url: `/admin/users/${head.userId}/roles`,
      payload: { roles: ['staff'], department: DEPT_A, departmentHead: true },
    });
    expect(grant.statusCode).toBe(200);
    const routes: Route[] = [
      { method: 'GET', url: '/admin/supervision' },
      { method: 'GET', url: `/admin/supervision?department=${encodeURIComponent(DEPT_A)}` },
      { method: 'GET', url: '/admin/supervision/export.csv' },
    ];
    for (const route of routes) expect([route.url, (await call(admin, route)).statusCode]).toEqual([route.url, 200]);
    const before = await snapshot();
    for (const who of [...attackers.map((a) => a.who), w.alice, w.agent, w.staffA, head])
      for (const route of routes)
        expect([route.method, route.url, (await call(who, route)).statusCode]).toEqual([route.method, route.url, 403]);
    expect(await snapshot()).toBe(before);
  });
});
