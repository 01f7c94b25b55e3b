import { randomBytes } from 'node:crypto';
import { type FastifyServerOptions, type LightMyRequestResponse as InjectResponse } from 'fastify';
import { Types } from 'mongoose';
import { idCheckChar, ItemInput, type ApplicationView } from '@onetrip/shared';
import { type App } from '../../../app';
import { seedDemoCatalog } from '../../../seed';
import { putItem } from '../../catalog/item.service';
import { uploadModel } from '../../uploads';
import { applicationModel, type ApplicationRecord } from '../application.model';
import { caseChanged } from '../case-tokens';
import { documentKey, TIMING, withLease } from '../../../lib/store';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** A small item of our own: two profile fields, one required text, one required and one optional material. */
export const SIMPLE = 'TEST-SIMPLE';
/** The same, but express is not offered. */
export const WINDOW_ONLY = 'TEST-WINDOW';

export function simpleItem(overrides: Partial<ItemInput> = {}): ItemInput {
  return ItemInput.parse({
    name: '测试证明办理',
    department: '县测试局',
    kind: '公共服务',
    legalBasis: '《测试条例》第一条',
    conditions: ['本县户籍'],
    materials: [
      {
        code: 'id_card',
        name: '居民身份证（正反面）',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png'],
      },
      { code: 'photo', name: '照片', category: '证件类', required: false, gapAllowed: false, formats: ['jpg'] },
    ],
    form: {
      fields: [
        { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, profile: 'profile.name' },
        { key: 'applicantIdNumber', label: '身份证号', type: 'idNumber', required: true, profile: 'profile.idNumber' },
        { key: 'applicantPhone', label: '联系电话', type: 'phone', required: true, profile: 'profile.phone' },
        { key: 'purpose', label: '用途', type: 'text', required: true, rules: { maxLength: 20 } },
        { key: 'copies', label: '份数', type: 'number', required: false, rules: { min: 1, max: 5 } },
      ],
    },
    process: ['申请', '审核', '办结'],
    legalDays: 10,
    promisedDays: 3,
    fee: { amount: 500 },
    delivery: { window: true, express: true, expressFee: 1000 },
    windows: [{ hall: '县政务服务中心一楼', number: 'A01' }],
    trips: 0,
    ...overrides,
  });
}

let serial = 0;
/** A valid, fresh ID number and phone number for each resident of a test file. */
export function person(name: string) {
  serial += 1;
  const first17 = `110105198${String(serial % 10)}0101${String(100 + serial).slice(-3)}`;
  const phone = `139${String(10_000_000 + serial * 7919).slice(-8)}`;
  return { name, idNumber: first17 + idCheckChar(first17), phone };
}

export interface CaseWorld {
  t: TestApp;
  app: App;
  call: (
    who: LoggedIn,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    opts?: CallOptions,
  ) => Promise<InjectResponse>;
}

export interface CallOptions {
  payload?: unknown;
  headers?: Record<string, string>;
  remoteAddress?: string;
}

/** A fresh app on its own database, with the demo catalog and the two test items. `logger`: to listen to the app's log. */
export async function caseWorld(opts: { logger?: FastifyServerOptions['logger'] } = {}): Promise<CaseWorld> {
  const t = await buildTestApp({}, opts);
  await seedDemoCatalog(t.app);
  await putItem(t.app.db, SIMPLE, simpleItem());
  await putItem(
    t.app.db,
    WINDOW_ONLY,
    // window only, so it needs a visit: 只跑一次 (a 零跑腿 item must offer express)
    simpleItem({ name: '仅窗口领取事项', delivery: { window: true, express: false, expressFee: 0 }, trips: 1 }),
  );
  return {
    t,
    app: t.app,
    call: (who, method, url, opts = {}) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...who.headers, ...opts.headers },
        ...(opts.payload === undefined ? {} : { payload: opts.payload as object }),
        ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
      }),
  };
}

/** A resident with a verified profile (and its plaintext, to look for leaks). */
export async function resident(app: App, login: string, realName = '张小明') {
  const profile = person(realName);
  const signedIn = await loginAs(app, `case_${login}`, { profile });
  return { ...signedIn, profile };
}

/** An upload of `who`, straight into the uploads collection (the bytes do not matter here). */
export async function uploadOf(app: App, who: LoggedIn): Promise<string> {
  const doc = await uploadModel(app.db).create({
    ownerId: new Types.ObjectId(who.userId),
    name: 'id.jpg',
    mime: 'image/jpeg',
    size: 10,
    sha256: randomBytes(32).toString('hex'),
    storageKey: randomBytes(8).toString('hex'),
  });
  return doc._id.toHexString();
}

export const newKey = () => randomBytes(12).toString('hex');
export const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

/** A TEST-SIMPLE draft with everything a submit needs. */
export async function readyCase(w: CaseWorld, who: LoggedIn, code = SIMPLE): Promise<ApplicationView> {
  let view = (await w.call(who, 'POST', '/applications', { payload: { items: [code] } })).json<ApplicationView>();
  const patched = await w.call(who, 'PATCH', `/applications/${view.id}`, {
    headers: ifMatch(view.version),
    payload: { data: { purpose: '入学' }, delivery: { method: 'window' } },
  });
  view = patched.json<ApplicationView>();
  const upload = await uploadOf(w.app, who);
  const put = await w.call(who, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [upload] },
  });
  if (put.statusCode !== 200) throw new Error(`preparing a case failed: ${put.statusCode} ${put.body}`);
  return put.json<ApplicationView>();
}

/** The raw stored case. */
export const storedCase = (app: App, id: string) =>
  app.db.collection('applications').findOne({ _id: new Types.ObjectId(id) });

/**
 * Test set-up straight in the database (a payment that became paid, a submission days ago):
 * written past the services, then the case's change tokens are replaced as every writer of a
 * case does, so no copy keeps answering with what it read before.
 */
export async function setStoredCase(app: App, id: string, $set: Record<string, unknown>): Promise<void> {
  await changeStoredCase(app, id, { $set });
}

/**
 * `setStoredCase` with any update document (`{$inc: {version: 1}}`: someone else changed the case).
 * It holds the case's write lease like every writer of a case: on the local database an update
 * rewrites the whole document, so a write past the lease could undo a background job's claim.
 */
export async function changeStoredCase(app: App, id: string, update: Record<string, unknown>): Promise<void> {
  const _id = new Types.ObjectId(id);
  await withLease(
    app.db,
    documentKey('applications', id),
    () => app.db.collection('applications').updateOne({ _id }, update),
    TIMING.patient,
  );
  const stored = await applicationModel(app.db).findById(_id).lean<ApplicationRecord>();
  if (stored) await caseChanged(app.db, stored, true);
}
