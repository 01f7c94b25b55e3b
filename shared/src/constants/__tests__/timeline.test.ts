import {
  actorLabel,
  isInternalTimelineAction,
  isPublicTimelineAction,
  shipmentEventLabel,
  timelineLabel,
} from '../timeline';

describe('timeline labels', () => {
  it('names the BFF’s actions in Chinese, as the progress page does', () => {
    expect(timelineLabel('created')).toBe('创建申请');
    expect(timelineLabel('submitted')).toBe('提交申请');
    expect(timelineLabel('payment_created')).toBe('发起缴费');
    expect(timelineLabel('paid')).toBe('支付成功');
    expect(timelineLabel('supplement_requested')).toBe('需补正材料');
  });

  it('falls back to the status of the same name, then to the action itself', () => {
    expect(timelineLabel('shipping')).toBe('邮寄中');
    expect(timelineLabel('something_new')).toBe('something_new');
  });

  it('names who acted', () => {
    expect(actorLabel('resident')).toBe('申请人');
    expect(actorLabel('staff')).toBe('窗口人员');
    expect(actorLabel('wechatpay')).toBe('微信支付');
    expect(actorLabel('system')).toBe('系统');
  });
});

describe('public timeline actions', () => {
  it('shows payments and decisions on the public progress page but not internal events', () => {
    expect(isPublicTimelineAction('paid')).toBe(true);
    expect(isPublicTimelineAction('accepted')).toBe(true);
    expect(isPublicTimelineAction('payment_created')).toBe(false);
    expect(isPublicTimelineAction('toString')).toBe(false);
  });

  it('marks a chase of 效能监察 internal (staff only) and names it for staff', () => {
    expect([isInternalTimelineAction('chased'), isPublicTimelineAction('chased')]).toEqual([true, false]);
    expect([isInternalTimelineAction('accepted'), isInternalTimelineAction('toString')]).toEqual([false, false]);
    expect(timelineLabel('chased')).toBe('效能监察催办');
  });
});

describe('shipment event labels', () => {
  it('reads a shipment’s created as a waybill, not as an application', () => {
    expect(shipmentEventLabel('created')).toBe('已出证，等待快递员揽收');
    expect(shipmentEventLabel('picked_up')).toBe('快递员已揽收，正在派送');
    expect(shipmentEventLabel('locked')).toBe('签收码错误次数过多，快件已锁定');
  });

  it('falls back to the case labels for anything else', () => {
    expect(shipmentEventLabel('shipped')).toBe('已寄出');
    expect(shipmentEventLabel('something_new')).toBe('something_new');
  });
});
