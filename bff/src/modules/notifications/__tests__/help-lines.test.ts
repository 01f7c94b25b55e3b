import { Types } from 'mongoose';
import { type ApplicationRecord, type NotificationKind, type OutboxEntry } from '../../applications';
import { smsMessage, wechatMessage } from '../messages';

const record = {
  _id: new Types.ObjectId(),
  number: 'ZW20261119000001',
  items: [{ name: '老年优待证办理' }],
  fee: { total: 0 },
} as unknown as ApplicationRecord & { number: string };
const templates = {
  WECHAT_TEMPLATE_CASE_STATUS: 'tpl_status',
  WECHAT_TEMPLATE_PICKUP_CODE: 'tpl_pickup',
  WECHAT_TEMPLATE_RECEIPT_CODE: 'tpl_receipt',
};
const entry = (kind: NotificationKind, note?: string): OutboxEntry =>
  ({ id: 'f'.repeat(32), kind, at: new Date(), ...(note ? { extra: { note } } : {}) }) as unknown as OutboxEntry;
const help = { hotline: '12345', centrePhone: '0539-7212345' };

describe('messages that end a stage say whom to call', () => {
  it.each(['supplement_required', 'rejected', 'denied', 'issued'] as const)(
    'a text of %s ends with the centre’s phone and 12345',
    (kind) => {
      const status = smsMessage(entry(kind, '材料不全'), record, '13900001111', help).params.status;
      expect(status).toMatch(/。如有疑问，请拨打政务服务中心电话0539-7212345或12345政务服务便民热线$/);
    },
  );

  it('other texts stay as they were', () => {
    expect(smsMessage(entry('accepted'), record, '13900001111', help).params.status).toBe('已受理');
  });

  it('a subscription message adds 12345 when the note leaves room, and never passes 20 characters', () => {
    const short = wechatMessage(entry('rejected', '不属于本中心受理范围'), record, 'o', templates, help);
    expect(short.data.thing5).toBe('不属于本中心受理范围；疑问拨12345');
    const long = '身份证照片不清晰，请重新上传正反面彩色照片';
    const full = wechatMessage(entry('supplement_required', long), record, 'o', templates, help);
    expect([...(full.data.thing5 ?? '')].length).toBeLessThanOrEqual(20);
    expect(full.data.thing5).not.toContain('12345');
    expect(wechatMessage(entry('accepted'), record, 'o', templates, help).data.thing5).toBe('正在审批，请耐心等待');
  });
});
