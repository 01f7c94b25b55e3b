import { Types } from 'mongoose';
import { type ApplicationRecord } from '../../applications/application.model';
import { fit, smsMessage, wechatMessage } from '../messages';
import { enqueue, mergeUpdates, type OutboxEntry } from '../../applications';
import { backoffMs, isDue } from '../worker';

const templates = {
  WECHAT_TEMPLATE_CASE_STATUS: 'tpl_status',
  WECHAT_TEMPLATE_PICKUP_CODE: 'tpl_pickup',
  WECHAT_TEMPLATE_RECEIPT_CODE: 'tpl_receipt',
};
const record = {
  _id: new Types.ObjectId(),
  number: 'ZW20260302000017',
  items: [{ name: '城乡居民最低生活保障待遇申请审批（含特困人员供养）' }, { name: '临时救助' }],
} as unknown as ApplicationRecord & { number: string };
const entryOf = (kind: OutboxEntry['kind'], extra?: OutboxEntry['extra']) => enqueue(record, kind, extra).$push.outbox;

describe('enqueue', () => {
  it('makes a pending entry due now with a 32-hex id', () => {
    const entry = entryOf('accepted');
    expect(entry).toMatchObject({
      kind: 'accepted',
      status: 'pending',
      attempts: 0,
      sentAt: null,
      channel: null,
      lastError: null,
    });
    expect(entry.id).toMatch(/^[0-9a-f]{32}$/);
    expect(entry.nextAt).toEqual(entry.at);
    expect(entryOf('accepted').id).not.toBe(entry.id);
  });
});

describe('mergeUpdates', () => {
  it('combines $set, $push (as $each on the same array) and $inc', () => {
    const a = { $set: { status: 'accepted' }, $push: { timeline: { action: 'accepted' } }, $inc: { n: 1 } };
    const b = { $push: { outbox: 'x', timeline: { action: 'x' } }, $inc: { n: 2, m: 1 }, $set: { acceptedAt: 1 } };
    expect(mergeUpdates(a, b)).toEqual({
      $set: { status: 'accepted', acceptedAt: 1 },
      $push: { timeline: { $each: [{ action: 'accepted' }, { action: 'x' }] }, outbox: 'x' },
      $inc: { n: 3, m: 1 },
    });
  });
  it('keeps $each lists in order and refuses ambiguous merges', () => {
    expect(mergeUpdates({ $push: { t: { $each: [1, 2] } } }, { $push: { t: 3 } })).toEqual({
      $push: { t: { $each: [1, 2, 3] } },
    });
    expect(() => mergeUpdates({ $set: { status: 'a' } }, { $set: { status: 'b' } })).toThrow(/status/);
    expect(() => mergeUpdates({ $push: { t: { $each: [1], $slice: -1 } } }, { $push: { t: 2 } })).toThrow(/modifiers/);
    expect(() => mergeUpdates({ status: 'a' }, {})).toThrow(/operator/);
  });
  it('does not change its inputs', () => {
    const a = { $push: { t: 1 } };
    mergeUpdates(a, { $push: { t: 2 } });
    expect(a).toEqual({ $push: { t: 1 } });
  });
});

describe('messages', () => {
  it('fits values to WeChat limits by characters, never empty', () => {
    expect(fit('一二三四五六七八九十一二三四五六七八九十一', 20)).toBe('一二三四五六七八九十一二三四五六七八九…');
    expect([...fit('😀'.repeat(30), 20)]).toHaveLength(20);
    expect(fit('  ', 20)).toBe('—');
  });
  it('a status message: number, reference, thing values ≤ 20, the case page', () => {
    const entry = entryOf('supplement_required', { note: '身份证照片不清晰，请重新上传正反面彩色照片' });
    const m = wechatMessage(entry, record, 'openid_x', templates);
    expect(m).toMatchObject({
      touser: 'openid_x',
      templateId: 'tpl_status',
      page: `pages/cases/detail/index?id=${record._id.toHexString()}`,
    });
    expect(m.data).toMatchObject({
      character_string1: record.number,
      character_string9: entry.id,
      thing3: '需补正材料',
    });
    expect(m.data.time4).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    for (const [key, value] of Object.entries(m.data)) {
      if (key.startsWith('thing')) expect([...value].length).toBeLessThanOrEqual(20);
    }
  });
  it('pick-up and receipt codes use their own templates, in WeChat and SMS', () => {
    const pickup = entryOf('ready_for_pickup', { code: '482913' });
    expect(wechatMessage(pickup, record, 'o', templates)).toMatchObject({
      templateId: 'tpl_pickup',
      data: { character_string2: '482913' },
    });
    expect(smsMessage(pickup, record, '13900001111')).toEqual({
      phone: '13900001111',
      template: 'pickup_code',
      params: { number: record.number, code: '482913', ref: pickup.id },
    });
    const receipt = entryOf('receipt_code', { code: '102938' });
    expect(wechatMessage(receipt, record, 'o', templates).templateId).toBe('tpl_receipt');
    expect(smsMessage(receipt, record, '13900001111').template).toBe('receipt_code');
    expect(smsMessage(entryOf('denied'), record, '13900001111')).toMatchObject({
      template: 'case_status',
      params: { number: record.number, status: '不予许可' },
    });
  });
});

describe('worker clock', () => {
  it('due: pending at nextAt; sending only after the send timeout', () => {
    const now = new Date('2026-03-02T08:00:00Z');
    const base = { ...entryOf('accepted'), nextAt: now };
    expect(isDue(base, now, 1000)).toBe(true);
    expect(isDue({ ...base, nextAt: new Date(now.getTime() + 1) }, now, 1000)).toBe(false);
    expect(isDue({ ...base, status: 'sending', sendingAt: new Date(now.getTime() - 999) }, now, 1000)).toBe(false);
    expect(isDue({ ...base, status: 'sending', sendingAt: new Date(now.getTime() - 1000) }, now, 1000)).toBe(true);
    expect(isDue({ ...base, status: 'sent' }, now, 1000)).toBe(false);
    expect(isDue({ ...base, status: 'failed' }, now, 1000)).toBe(false);
  });
  it('backoff doubles up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(30_000, n))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(30_000, 20)).toBe(3_600_000);
  });
});
