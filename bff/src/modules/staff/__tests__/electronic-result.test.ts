import { type ApplicationView, type Material, type StaffApplicationView } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { auditModel } from '../../audit/audit.model';
import { ifMatch, newKey, simpleItem, storedCase, uploadOf } from '../../applications/testing/cases';
import { applicationModel, type ApplicationRecord } from '../../applications';
import { certificateContent } from '../../applications/certificate-content';
import { renderSectionsPdf } from '../../../lib/pdf/sections-pdf';
import { act, DEPT_A, FREE_A, staffWorld, type StaffWorld } from '../testing/world';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** 电子送达: an item of DEPT_A whose result is downloaded (零跑腿 without express). */
const E_A = 'TEST-ELECTRONIC-A';
const CERTIFICATE_NO = '公积金字2026第088号';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
  const idCard: Material = {
    code: 'id_card',
    name: '居民身份证',
    category: '证件类',
    required: true,
    gapAllowed: false,
    formats: ['jpg', 'png', 'pdf'],
  };
  const delivery = { window: true, express: false, expressFee: 0, electronic: true };
  const guide = { name: '测试电子送达事项', department: DEPT_A, fee: { amount: 0 }, materials: [idCard] };
  await putItem(w.app.db, E_A, simpleItem({ ...guide, delivery, trips: 0 }));
});
afterAll(async () => {
  await w.t.close();
});

const patchDelivery = (who: LoggedIn, view: ApplicationView, delivery: unknown) =>
  w.call(who, 'PATCH', `/applications/${view.id}`, { headers: ifMatch(view.version), payload: { delivery } });

async function draft(codes: string[], who: LoggedIn = w.alice): Promise<ApplicationView> {
  return (await w.call(who, 'POST', '/applications', { payload: { items: codes } })).json<ApplicationView>();
}

/** Alice's E_A case, delivered electronically, filled, submitted, accepted by staffA2 and approved by staffA. */
async function approvedElectronicCase(): Promise<{ id: string; version: number }> {
  let view = await draft([E_A]);
  const patched = await w.call(w.alice, 'PATCH', `/applications/${view.id}`, {
    headers: ifMatch(view.version),
    payload: { data: { purpose: '测试' }, delivery: { method: 'electronic' } },
  });
  view = patched.json<ApplicationView>();
  const put = await w.call(w.alice, 'PUT', `/applications/${view.id}/materials/id_card`, {
    headers: ifMatch(view.version),
    payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
  });
  view = put.json<ApplicationView>();
  const submitted = await w.call(w.alice, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
  view = (await w.call(w.alice, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
  const accepted = await act(w, w.staffA2, view.id, 'accept', view.version, { gaps: [] });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  const approved = await act(w, w.staffA, view.id, `items/${E_A}/approve`, accepted.json().version, {});
  if (approved.statusCode !== 200) throw new Error(`approve failed: ${approved.body}`);
  return { id: view.id, version: approved.json<StaffApplicationView>().version };
}

const certificate = (who: LoggedIn, id: string, staff = false) =>
  w.call(who, 'GET', `${staff ? '/staff' : ''}/applications/${id}/certificate.pdf`);

describe('choosing 电子送达', () => {
  it('is offered and taken when every item offers it, with no postage', async () => {
    const view = await draft([E_A]);
    expect(view.electronicAllowed).toBe(true);
    const res = await patchDelivery(w.alice, view, { method: 'electronic' });
    expect(res.statusCode).toBe(200);
    expect(res.json<ApplicationView>()).toMatchObject({ delivery: { method: 'electronic' }, electronicAllowed: true });
    expect(res.json<ApplicationView>().fee).toMatchObject({ express: 0, total: 0 });
    expect((await storedCase(w.app, view.id))?.delivery).toEqual({ method: 'electronic' });
  });

  it('is refused with 400 on delivery.method, naming the item, when an item does not offer it; nothing is written', async () => {
    const view = await draft([E_A, FREE_A]);
    expect(view.electronicAllowed).toBe(false);
    const res = await patchDelivery(w.alice, view, { method: 'electronic' });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.json().error.details).toContainEqual(
      expect.objectContaining({ path: 'delivery.method', message: '测试甲事项不支持电子送达' }),
    );
    expect(await storedCase(w.app, view.id)).toMatchObject({ version: view.version, delivery: null });
  });
});

describe('issuing an electronic case', () => {
  let id: string;
  let stored: ApplicationRecord;

  it('answers 409 to the applicant before the issue, and 404 to anyone else', async () => {
    const approved = await approvedElectronicCase();
    id = approved.id;
    const early = await certificate(w.alice, id);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect((await certificate(w.bob, id)).statusCode).toBe(404);

    const res = await act(w, w.staffA, id, 'issue', approved.version, { certificateNo: CERTIFICATE_NO });
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffApplicationView>().status).toBe('completed');
  });

  it('completes the case in the same write, with the rating link and the completed message', async () => {
    stored = (await applicationModel(w.app.db).findById(id).lean<ApplicationRecord>()) as ApplicationRecord;
    expect(stored.status).toBe('completed');
    expect(stored.certificateNo).toBe(CERTIFICATE_NO);
    expect(stored.completedAt).toBeInstanceOf(Date);
    expect(stored.concludedAt).toBeInstanceOf(Date);
    expect(stored.ratingLink?.hash).toMatch(/.+/);
    expect(stored.pickupCodeEnc).toBeUndefined();
    expect(stored.shipment).toBeUndefined();
    const actions = stored.timeline.slice(-2).map((e) => [e.action, e.note]);
    expect(actions).toEqual([
      ['issued', `证照编号：${CERTIFICATE_NO}`],
      ['completed', '电子送达'],
    ]);
    const outbox = stored.outbox ?? [];
    const completed = outbox.filter((m) => m.kind === 'completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]?.extra?.rateTokenEnc).toMatch(/.+/);
    expect(outbox.map((m) => m.kind)).not.toContain('ready_for_pickup');
  });

  it('serves the applicant the PDF of her case, the same bytes on every download', async () => {
    const res = await certificate(w.alice, id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`${stored.number}.pdf`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The document's subject is the case number, in plain text in the file.
    expect(pdf.toString('latin1')).toContain(`(${stored.number})`);
    expect((await certificate(w.alice, id)).rawPayload.equals(pdf)).toBe(true);
    expect(pdf.equals(await renderSectionsPdf(certificateContent(w.app.pii, stored)))).toBe(true);
  });

  it('prints the applicant, her result and its number, and nothing of another person', async () => {
    const lines = certificateContent(w.app.pii, stored).sections.flatMap((s) => [s.heading, ...s.lines]);
    const text = lines.join('\n');
    expect(text).toContain('王秀英');
    expect(text).toContain(CERTIFICATE_NO);
    expect(text).toContain(`测试电子送达事项：准予办理`);
    expect(text).not.toContain('李建国');
    // Her ID number masked, never in full.
    const idNumber = w.app.pii.decrypt(stored.applicant?.idNumberEnc ?? '');
    expect(text).not.toContain(idNumber);
    expect(text).toContain(`${idNumber.slice(0, 3)}***********${idNumber.slice(-4)}`);
  });

  it('answers 404 to another resident, an agent, a courier and staff of an uninvolved department; 403 to non-staff at the staff route', async () => {
    const agent = await loginAs(w.app, 'el_agent', {
      roles: ['agent'],
      station: { town: '十字路街道', village: '东村' },
    });
    const courier = await loginAs(w.app, 'el_courier', { roles: ['courier'], courierCompany: '中国邮政EMS' });
    const answers = await Promise.all([
      certificate(w.bob, id),
      certificate(agent, id),
      certificate(courier, id),
      certificate(w.staffC, id, true),
      certificate(courier, id, true),
      certificate(w.alice, id, true),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 403, 403]);
    expect(answers.every((r) => !r.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')))).toBe(true);
  });

  it('serves staff of the case the same PDF, audited', async () => {
    const res = await certificate(w.staffA, id, true);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals((await certificate(w.alice, id)).rawPayload)).toBe(true);
    const audited = await auditModel(w.app.db).countDocuments({ caseId: id, action: 'case.certificate' });
    expect(audited).toBe(1);
  });

  it('answers 409 for a window case, which has no electronic result', async () => {
    const view = await draft([FREE_A]);
    const res = await certificate(w.alice, view.id);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
  });
});
