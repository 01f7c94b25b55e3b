import { type CounterCaseView, type CounterReceipt } from '@onetrip/shared';
import { storedCase, uploadOf } from '../../applications/testing/cases';
import {
  act,
  counterWorld,
  readyCounterCase,
  register,
  startCase,
  walkIn,
  GAP_ITEM,
  type CounterWorld,
} from '../testing/world';

let w: CounterWorld;
beforeAll(async () => {
  w = await counterWorld();
});
afterAll(async () => {
  await w.t.close();
});

interface SentText {
  phone: string;
  template: string;
  params: Record<string, string>;
  text: string;
}
const textsTo = async (phone: string) =>
  ((await (await fetch(`${w.t.mockBase}/__mock/sms?phone=${phone}`)).json()) as { items: SentText[] }).items;
const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);
const tokenOf = (link: string) => link.split('/receipts/')[1] ?? '';
const download = (token: string) => w.t.app.inject({ method: 'GET', url: `/api/v1/receipts/${token}` });

describe('a refused intake (一次性告知书)', () => {
  it('lists everything missing and the clerk’s own problems in one notice; the case stays a draft with what was brought', async () => {
    const who = walkIn('吴德明');
    const person = await register(w, w.front, who);
    let view = await startCase(w, w.front, person.id, [GAP_ITEM]);
    view = (
      await act(w, w.front, 'PUT', view, '/materials/id_card', { uploadIds: [await uploadOf(w.app, w.front)] })
    ).json();
    // Before any refusal there is no paper to print.
    const none = await w.call(w.front, 'GET', `/counter/cases/${view.id}/receipt`);
    expect([none.statusCode, none.json().error.code]).toEqual([409, 'INVALID_STATE']);

    const res = await act(w, w.front, 'POST', view, '/refuse', {
      problems: [{ materialCode: 'id_card', reason: '身份证已过有效期，请换领后再办' }],
    });
    expect(res.statusCode).toBe(200);
    const refused = res.json<CounterCaseView>();
    expect(refused.status).toBe('draft');
    expect(refused.number).toBeUndefined();
    expect(refused.notices).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        problems: [
          { field: 'purpose', reason: expect.any(String) },
          { field: 'delivery', reason: '请选择领取方式' },
          { materialCode: 'household_register', reason: expect.any(String) },
          { materialCode: 'id_card', reason: '身份证已过有效期，请换领后再办' },
        ],
      },
    ]);
    expect(refused.timeline.at(-1)).toMatchObject({ action: 'intake_refused', actor: { role: 'staff' } });
    expect(refused.materials.find((m) => m.code === 'id_card')?.uploadIds).toHaveLength(1);
    expect((await storedCase(w.app, view.id))?.status).toBe('draft');

    const receipt = (await w.call(w.front, 'GET', `/counter/cases/${view.id}/receipt`)).json<CounterReceipt>();
    expect(receipt).toMatchObject({ kind: 'notice', title: '莒南县政务服务中心一次性告知书', number: null });
    expect(receipt.sections.find((s) => s.heading === '需补正的内容')?.lines).toEqual([
      expect.stringMatching(/^1\. 用途：/),
      '2. 领取方式：请选择领取方式',
      expect.stringMatching(/^3\. 居民户口簿：/),
      '4. 居民身份证（正反面）：身份证已过有效期，请换领后再办',
    ]);

    const pdf = await w.call(w.front, 'GET', `/counter/cases/${view.id}/receipt.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf.rawPayload)).toBe(1);

    // Texted: a link that opens the notice without signing in.
    const sms = await w.call(w.front, 'POST', `/counter/cases/${view.id}/receipt/sms`);
    expect(sms.statusCode).toBe(200);
    expect(sms.json()).toEqual({
      kind: 'notice',
      sentTo: `${who.phone.slice(0, 3)}****${who.phone.slice(-4)}`,
      expiresAt: expect.any(String),
    });
    const [text] = await textsTo(who.phone);
    expect(text).toMatchObject({
      template: 'counter_notice',
      params: { days: '30', link: expect.stringContaining('/api/v1/receipts/') },
    });
    const noticeLink = tokenOf(text?.params.link ?? '');
    expect(await w.app.db.collection('counter_receipt_links').findOne({ _id: noticeLink as never })).toBeNull();
    const opened = await download(noticeLink);
    expect([opened.statusCode, opened.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(opened.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The person comes back with everything: the same case goes on, nothing is asked twice.
    let back = (await w.call(w.front2, 'GET', `/counter/cases/${view.id}`)).json<CounterCaseView>();
    back = (
      await act(w, w.front2, 'PATCH', back, '', { data: { purpose: '落户' }, delivery: { method: 'window' } })
    ).json();
    back = (
      await act(w, w.front2, 'PUT', back, '/materials/household_register', {
        uploadIds: [await uploadOf(w.app, w.front2)],
      })
    ).json();
    const accepted = await act(w, w.front2, 'POST', back, '/accept');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<CounterCaseView>()).toMatchObject({ status: 'accepted', applicant: { name: '吴德明' } });

    // Now the paper is the 受理回执, texted with the number; the old notice link still shows its notice.
    const now = (await w.call(w.front2, 'GET', `/counter/cases/${view.id}/receipt`)).json<CounterReceipt>();
    expect(now).toMatchObject({ kind: 'acceptance', number: accepted.json<CounterCaseView>().number });
    const sms2 = await w.call(w.front2, 'POST', `/counter/cases/${view.id}/receipt/sms`);
    expect(sms2.json().kind).toBe('acceptance');
    const texts = await textsTo(who.phone);
    expect(texts.at(-1)).toMatchObject({ template: 'counter_receipt', params: { number: now.number } });
    expect((await download(tokenOf(texts.at(-1)?.params.link ?? ''))).statusCode).toBe(200);
    expect((await download(noticeLink)).statusCode).toBe(200);

    const actions = (await w.app.db.collection('audit_logs').find({ caseId: view.id }).toArray()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'counter.case.refused',
        'counter.receipt.read',
        'counter.receipt.print',
        'counter.receipt.sms',
        'counter.receipt.download',
        'counter.case.accepted',
      ]),
    );
  });

  it('refuses to write a notice when nothing is missing and the clerk names no problem, or names something the case has not', async () => {
    const { view } = await readyCounterCase(w, w.front);
    const empty = await act(w, w.front, 'POST', view, '/refuse', {});
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknown = await act(w, w.front, 'POST', view, '/refuse', {
      problems: [{ materialCode: 'passport', reason: '缺' }],
    });
    expect(unknown.json().error.details).toEqual([
      { in: 'body', path: 'problems.0.materialCode', message: '办件没有这项材料：passport' },
    ]);
    expect((await storedCase(w.app, view.id))?.notices).toEqual([]);
  });

  it('does not refuse or accept a case twice', async () => {
    const { view } = await readyCounterCase(w, w.front);
    const accepted = (await act(w, w.front, 'POST', view, '/accept')).json<CounterCaseView>();
    for (const path of ['/accept', '/refuse']) {
      const again = await act(w, w.front, 'POST', accepted, path, {});
      expect([path, again.statusCode, again.json().error.code]).toEqual([path, 409, 'INVALID_STATE']);
    }
    // A stale version is a conflict before anything else.
    const stale = await act(w, w.front, 'POST', view, '/accept', {});
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'VERSION_CONFLICT']);
  });
});

describe('texted receipt links', () => {
  it('answer 404 for an unknown, malformed-free but wrong, or expired token', async () => {
    const who = walkIn('郑海');
    const { view } = await readyCounterCase(w, w.front, who);
    await act(w, w.front, 'POST', view, '/accept');
    await w.call(w.front, 'POST', `/counter/cases/${view.id}/receipt/sms`);
    const token = tokenOf((await textsTo(who.phone)).at(-1)?.params.link ?? '');
    expect((await download(token)).statusCode).toBe(200);
    const wrong = `${token.slice(0, 31)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await download(wrong)).statusCode).toBe(404);
    expect((await download('short')).statusCode).toBe(400);
    await w.app.db
      .collection('counter_receipt_links')
      .updateMany({ caseId: view.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await download(token);
    expect([expired.statusCode, expired.json().error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('stores no link when the SMS provider fails, and says so with 503', async () => {
    const who = walkIn('冯兰');
    const { view } = await readyCounterCase(w, w.front, who);
    await act(w, w.front, 'POST', view, '/accept');
    const arm = await fetch(`${w.t.mockBase}/__mock/scenario`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'sms-fail', times: 1, path: '/sms/v1/send', match: who.phone }),
    });
    expect(arm.status).toBe(200);
    const res = await w.call(w.front, 'POST', `/counter/cases/${view.id}/receipt/sms`);
    expect([res.statusCode, res.json().error.code]).toEqual([503, 'UPSTREAM_UNAVAILABLE']);
    expect(await w.app.db.collection('counter_receipt_links').countDocuments({ caseId: view.id })).toBe(0);
  });
});
