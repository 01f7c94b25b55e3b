import { type StaffApplicationView } from '@onetrip/shared';
import { storedCase } from '../../applications/testing/cases';
import { uploadModel, type UploadRecord } from '../../uploads';
import { staffUploadAccess } from '../upload-access';
import { type LoggedIn } from '../../../../test/helpers/login-as';
import { FREE_A, FREE_B, staffWorld, submittedCase, type StaffWorld } from '../testing/world';

let w: StaffWorld;
let id: string;
let version: number;
beforeAll(async () => {
  w = await staffWorld();
  const view = await submittedCase(w, w.alice, [FREE_A, FREE_B]);
  [id, version] = [view.id, view.version];
});
afterAll(async () => {
  await w.t.close();
});

/** Every staff route with a valid request, so only who asks decides the answer. */
const routes = (): [string, 'GET' | 'POST', string, unknown?][] => [
  ['queue', 'GET', '/staff/applications?stage=acceptance'],
  ['detail', 'GET', `/staff/applications/${id}`],
  ['accept', 'POST', `/staff/applications/${id}/accept`, {}],
  [
    'supplement',
    'POST',
    `/staff/applications/${id}/supplement`,
    { problems: [{ field: 'purpose', reason: '请写明' }] },
  ],
  ['reject', 'POST', `/staff/applications/${id}/reject`, { reason: '不予受理' }],
  ['approve', 'POST', `/staff/applications/${id}/items/${FREE_A}/approve`, {}],
  ['deny', 'POST', `/staff/applications/${id}/items/${FREE_A}/deny`, { reason: '不符合条件' }],
  ['issue', 'POST', `/staff/applications/${id}/issue`, { certificateNo: 'ZS001' }],
  ['handover', 'POST', `/staff/applications/${id}/handover`, { pickupCode: '123456' }],
];
const send = (who: LoggedIn | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  w.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(who?.headers ?? {}), 'if-match': `"${version}"` },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

describe('who may use the staff routes', () => {
  it('a resident token is 403 FORBIDDEN on every staff route, and no token 401', async () => {
    for (const [name, method, url, payload] of routes()) {
      const res = await send(w.alice, method, url, payload);
      expect([name, res.statusCode, res.json().error.code]).toEqual([name, 403, 'FORBIDDEN']);
      const anon = await send(null, method, url, payload);
      expect([name, anon.statusCode]).toEqual([name, 401]);
    }
    expect(await storedCase(w.app, id)).toMatchObject({ status: 'submitted', version });
  });

  it('staff of an uninvolved department get 404 on every case route and an empty queue', async () => {
    for (const [name, method, url, payload] of routes()) {
      const res = await send(w.staffC, method, url, payload);
      if (name === 'queue') expect([name, res.statusCode, res.json().total]).toEqual([name, 200, 0]);
      else expect([name, res.statusCode, res.json().error.code]).toEqual([name, 404, 'NOT_FOUND']);
    }
    expect(await storedCase(w.app, id)).toMatchObject({ status: 'submitted', version });
    expect(await w.app.db.collection('audit_logs').countDocuments({ caseId: id })).toBe(0);
  });

  it('an involved department reads the case (masked, no pick-up code) and every read is audited', async () => {
    const res = await send(w.staffB, 'GET', `/staff/applications/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe(`"${version}"`);
    const view = res.json<StaffApplicationView>();
    expect(view).toMatchObject({
      id,
      status: 'submitted',
      department: '县协办局',
      leadDepartment: '县测试局',
      gaps: [],
    });
    expect(view.applicant?.idNumberMasked).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(view.acceptance).toMatchObject({ paused: false });
    expect(view.deadline).toBeNull();
    await send(w.staffB, 'GET', `/staff/applications/${id}`);
    const audits = await w.app.db.collection('audit_logs').find({ caseId: id, action: 'case.read' }).toArray();
    expect(audits).toHaveLength(2);
    expect(audits[0]?.actor).toMatchObject({ userId: w.staffB.userId, role: 'staff' });
  });

  it('a draft is not the centre’s yet: 404 for its department too', async () => {
    const draft = await w.call(w.alice, 'POST', '/applications', { payload: { items: [FREE_A] } });
    const res = await send(w.staffA, 'GET', `/staff/applications/${draft.json<{ id: string }>().id}`);
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('staff of an involved department may read the uploads of the case; others may not', async () => {
    const uploadId = (await storedCase(w.app, id))?.materials[0].uploadIds[0] as string;
    await uploadModel(w.app.db).updateOne({ _id: uploadId }, { $set: { usedBy: [id] } });
    const upload = (await uploadModel(w.app.db).findById(uploadId).lean()) as UploadRecord;
    expect(await staffUploadAccess(w.app.db, w.staffB.userId, upload)).toEqual({ role: 'staff', caseId: id });
    expect(await staffUploadAccess(w.app.db, w.staffC.userId, upload)).toBeNull();
    expect(await staffUploadAccess(w.app.db, w.bob.userId, upload)).toBeNull();
  });

  it('publishes the staff and holiday routes in the OpenAPI document', async () => {
    const paths = Object.keys((await w.t.app.inject({ method: 'GET', url: '/api/v1/docs/json' })).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/staff/applications',
        '/api/v1/staff/applications/{id}',
        '/api/v1/staff/applications/{id}/accept',
        '/api/v1/staff/applications/{id}/items/{code}/approve',
        '/api/v1/staff/applications/{id}/handover',
        '/api/v1/admin/holidays/{year}',
      ]),
    );
  });
});
