import { type ApplicationView, type StaffApplicationView, type StaffQueue } from '@onetrip/shared';
import { ifMatch, SIMPLE, storedCase, uploadOf } from '../../applications/testing/cases';
import { acceptedCase, act, FREE_A, FREE_B, setStored, staffView, staffWorld, type StaffWorld } from '../testing/world';

let w: StaffWorld;
beforeAll(async () => {
  w = await staffWorld();
});
afterAll(async () => {
  await w.t.close();
});

/** Accepted (with `gaps`) and every item approved by its department. */
async function approvedCase(codes: string[] = [FREE_A], gaps: string[] = [], method: 'window' | 'express' = 'window') {
  const accepted = await acceptedCase(w, codes, w.staffA2, method, gaps);
  let version = accepted.version;
  for (const code of codes) {
    const by = code === FREE_B ? w.staffB : w.staffA;
    const res = await act(w, by, accepted.id, `items/${code}/approve`, version, {});
    if (res.statusCode !== 200) throw new Error(`approve failed: ${res.body}`);
    version = res.json<StaffApplicationView>().version;
  }
  return { id: accepted.id, version };
}
const issue = (who: typeof w.staffA, id: string, version: number) =>
  act(w, who, id, 'issue', version, { certificateNo: '民证字2026第001号' });
const outbox = (stored: unknown) =>
  (stored as { outbox?: { kind: string; extra?: { code?: string; codeEnc?: string } }[] }).outbox ?? [];

describe('POST /staff/applications/:id/issue', () => {
  it('is refused with 409 while the fee is unpaid, and allowed once it is paid', async () => {
    const { id, version } = await approvedCase([SIMPLE]);
    expect((await storedCase(w.app, id))?.fee.total).toBeGreaterThan(0);
    const res = await issue(w.staffA, id, version);
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(await storedCase(w.app, id)).toMatchObject({ status: 'approved', version });
    await setStored(w, id, {
      payment: { id: 'p1', outTradeNo: 'OT1', amount: 500, status: 'paid', paidAt: new Date() },
    });
    const paid = await issue(w.staffA, id, version);
    expect(paid.statusCode).toBe(200);
  });

  it('is refused while a gap is open; the applicant uploads the gap material after acceptance, then it goes', async () => {
    const { id, version } = await approvedCase([FREE_A], ['proof']);
    const refused = await issue(w.staffA, id, version);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'INVALID_STATE']);
    expect(refused.json().error.message).toContain('居住证明');

    const notAGap = await w.call(w.alice, 'PUT', `/applications/${id}/materials/id_card`, {
      headers: ifMatch(version),
      payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
    });
    expect([notAGap.statusCode, notAGap.json().error.code]).toEqual([409, 'INVALID_STATE']);
    const empty = await w.call(w.alice, 'PUT', `/applications/${id}/materials/proof`, {
      headers: ifMatch(version),
      payload: { uploadIds: [] },
    });
    expect(empty.statusCode).toBe(409);
    const supplied = await w.call(w.alice, 'PUT', `/applications/${id}/materials/proof`, {
      headers: ifMatch(version),
      payload: { uploadIds: [await uploadOf(w.app, w.alice)] },
    });
    expect(supplied.statusCode).toBe(200);
    expect(supplied.json<ApplicationView>().gaps).toBeUndefined();
    const stored = await storedCase(w.app, id);
    expect(stored).toMatchObject({ status: 'approved', gaps: [] });
    expect(stored?.timeline.at(-1)).toMatchObject({
      action: 'gap_supplied',
      actor: { role: 'resident' },
      note: '居住证明',
    });
    expect((await issue(w.staffA, id, version + 1)).statusCode).toBe(200);
  });

  it('window delivery: ready_for_pickup with a code only the applicant sees', async () => {
    const { id, version } = await approvedCase([FREE_A, FREE_B]);
    const notLead = await issue(w.staffB, id, version);
    expect([notLead.statusCode, notLead.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const res = await issue(w.staffA, id, version);
    expect(res.statusCode).toBe(200);
    const staffSide = res.json<StaffApplicationView>();
    expect(staffSide).toMatchObject({ status: 'ready_for_pickup', certificateNo: '民证字2026第001号' });
    expect(staffSide).not.toHaveProperty('pickupCode');
    expect(await staffView(w, w.staffA, id)).not.toHaveProperty('pickupCode');

    const mine = (await w.call(w.alice, 'GET', `/applications/${id}`)).json<ApplicationView>();
    expect(mine.pickupCode).toMatch(/^[0-9]{6}$/);
    expect((await w.call(w.bob, 'GET', `/applications/${id}`)).statusCode).toBe(404);

    const stored = await storedCase(w.app, id);
    expect(stored).toMatchObject({ status: 'ready_for_pickup', version: version + 1 });
    expect(stored?.timeline.slice(-2).map((e: { action: string }) => e.action)).toEqual(['issued', 'ready_for_pickup']);
    expect(stored?.pickupCodeEnc).toMatch(/^v1\./);
    expect(JSON.stringify(stored?.pickupCodeEnc)).not.toContain(mine.pickupCode);
    // The message that sends the code carries it encrypted only.
    const entry = outbox(stored).find((e) => e.kind === 'ready_for_pickup');
    expect(JSON.stringify(entry)).not.toContain(mine.pickupCode);
    expect(w.app.pii.decrypt(entry?.extra?.codeEnc ?? '')).toBe(mine.pickupCode);
  });

  it('express delivery: shipping, with a waybill and a receipt code the staff never see (shipments module)', async () => {
    const { id, version } = await approvedCase([FREE_A], [], 'express');
    // The express fee is a fee too: paid here.
    const fee = (await storedCase(w.app, id))?.fee as { express: number; total: number } | undefined;
    expect(fee?.express).toBeGreaterThan(0);
    await setStored(w, id, {
      payment: { id: 'p2', outTradeNo: 'OT2', amount: fee?.total, status: 'paid', paidAt: new Date() },
    });
    const res = await issue(w.staffA, id, version);
    expect(res.statusCode).toBe(200);
    expect(res.json<StaffApplicationView>()).toMatchObject({ status: 'shipping', shipment: { status: 'created' } });
    expect(res.json<StaffApplicationView>().shipment).not.toHaveProperty('receiptCode');
    const stored = await storedCase(w.app, id);
    expect(stored?.status).toBe('shipping');
    expect(stored?.pickupCodeEnc).toBeUndefined();
    expect(outbox(stored).map((e) => e.kind)).toEqual(expect.arrayContaining(['shipped', 'receipt_code']));
    const mine = (await w.call(w.alice, 'GET', `/applications/${id}`)).json<ApplicationView>();
    expect(mine.pickupCode).toBeUndefined();
    expect(mine.shipment?.receiptCode).toMatch(/^[0-9]{6}$/);
  });
});

describe('POST /staff/applications/:id/handover', () => {
  it('a wrong code is 422 RECEIPT_CODE_WRONG; the right one completes the case, forgets the code, and a bad rating is followed up', async () => {
    const { id, version } = await approvedCase([FREE_A, FREE_B]);
    await issue(w.staffA, id, version);
    const { pickupCode } = (await w.call(w.alice, 'GET', `/applications/${id}`)).json<ApplicationView>();
    const wrong = String((Number(pickupCode) + 1) % 1_000_000).padStart(6, '0');

    const bad = await act(w, w.staffA, id, 'handover', null, { pickupCode: wrong });
    expect([bad.statusCode, bad.json().error.code]).toEqual([422, 'RECEIPT_CODE_WRONG']);
    expect(await storedCase(w.app, id)).toMatchObject({ status: 'ready_for_pickup', version: version + 1 });
    const malformed = await act(w, w.staffA, id, 'handover', null, { pickupCode: '12ab' });
    expect(malformed.statusCode).toBe(400);
    const notLead = await act(w, w.staffB, id, 'handover', null, { pickupCode });
    expect(notLead.statusCode).toBe(403);

    const ok = await act(w, w.staffA, id, 'handover', version + 1, { pickupCode });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<StaffApplicationView>().status).toBe('completed');
    const stored = await storedCase(w.app, id);
    expect(stored).toMatchObject({ status: 'completed', version: version + 2 });
    expect(stored?.pickupCodeEnc).toBeUndefined();
    expect(stored?.completedAt).toBeInstanceOf(Date);
    expect(stored?.timeline.at(-1)).toMatchObject({ action: 'completed', actor: { role: 'staff' } });
    const again = await act(w, w.staffA, id, 'handover', null, { pickupCode });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'INVALID_STATE']);

    // The resident rates 2 stars: the follow-up appears in the queues of the case's departments, without the rater.
    const rated = await w.call(w.alice, 'POST', `/applications/${id}/evaluation`, {
      payload: { score: 2, tags: ['态度'] },
    });
    expect(rated.statusCode).toBe(201);
    for (const who of [w.staffA, w.staffB]) {
      const queue = (await w.call(who, 'GET', '/staff/applications?stage=followup')).json<StaffQueue>();
      expect(queue.items).toEqual([
        expect.objectContaining({
          id,
          status: 'completed',
          light: 'green',
          followup: expect.objectContaining({ score: 2, tags: ['态度'] }),
        }),
      ]);
      expect(queue.items[0]).not.toHaveProperty('applicantName');
    }
    expect((await w.call(w.staffC, 'GET', '/staff/applications?stage=followup')).json<StaffQueue>().total).toBe(0);
  });
});
