import { HOLIDAYS_2026 } from '@onetrip/shared';
import { complaintDeadline } from '../complaint-view';
import {
  complaintAnsweredSms,
  complaintAnsweredWechatMessage,
  helpSentence,
  helpThing,
  type ComplaintAnsweredNotice,
} from '../../notifications';

const calendars = [HOLIDAYS_2026];
const at = (iso: string) => new Date(iso);

describe('the answer’s time limit: 5 working days, as a case’s clock counts them', () => {
  it('skips a weekend: filed on a Thursday, due at the end of the next Thursday', () => {
    const d = complaintDeadline(at('2026-11-19T10:00:00+08:00'), at('2026-11-19T10:00:00+08:00'), calendars);
    expect(d.dueAt.toISOString()).toBe(at('2026-11-26T23:59:59.999+08:00').toISOString());
    expect(d.light).toBe('green');
  });

  it('skips 国庆 and counts its 调休 Saturday: filed Tuesday 29 September, due Monday 12 October', () => {
    // 30 Sep (1), 1–7 Oct off, 8 (2), 9 (3), Saturday 10 worked (4), Sunday 11 off, Monday 12 (5).
    const d = complaintDeadline(at('2026-09-29T16:00:00+08:00'), at('2026-09-29T16:00:00+08:00'), calendars);
    expect(d.dueAt.toISOString()).toBe(at('2026-10-12T23:59:59.999+08:00').toISOString());
  });

  it('turns yellow on its last working day and red once past', () => {
    const filed = at('2026-11-19T10:00:00+08:00');
    expect(complaintDeadline(filed, at('2026-11-25T09:00:00+08:00'), calendars).light).toBe('green');
    expect(complaintDeadline(filed, at('2026-11-26T09:00:00+08:00'), calendars).light).toBe('yellow');
    expect(complaintDeadline(filed, at('2026-11-27T00:00:01+08:00'), calendars).light).toBe('red');
  });
});

describe('whom to call, in messages', () => {
  const lines = { hotline: '12345', centrePhone: '0539-7212345' };

  it('names the centre’s phone and 12345 in a text, 12345 alone until the centre’s phone is set', () => {
    expect(helpSentence(lines)).toBe('如有疑问，请拨打政务服务中心电话0539-7212345或12345政务服务便民热线');
    expect(helpSentence({ hotline: '12345', centrePhone: null })).toBe('如有疑问，请拨打12345政务服务便民热线');
  });

  it('fits a subscription message’s 20 characters, falling back to 12345 alone for a long number', () => {
    expect(helpThing(lines)).toBe('可拨0539-7212345或12345');
    expect([...helpThing(lines)].length).toBeLessThanOrEqual(20);
    const long = helpThing({ hotline: '12345', centrePhone: '0539-72123456-8001' });
    expect(long).toBe('疑问请拨12345热线');
  });

  it('tells the filer of an answer without the answer’s text or anyone’s name', () => {
    const notice: ComplaintAnsweredNotice = {
      ref: 'a'.repeat(32),
      complaintId: '0'.repeat(24),
      number: 'TS20261119000001',
      kind: '投诉',
      category: '服务态度',
      at: at('2026-11-20T09:30:00+08:00'),
      help: lines,
    };
    const m = complaintAnsweredWechatMessage(notice, 'openid_x', { WECHAT_TEMPLATE_CASE_STATUS: 'tpl' });
    expect(m).toEqual({
      touser: 'openid_x',
      templateId: 'tpl',
      page: `complaint/detail/index?id=${'0'.repeat(24)}`,
      data: {
        character_string1: 'TS20261119000001',
        thing2: '投诉：服务态度',
        thing3: '已答复',
        time4: '2026-11-20 09:30',
        thing5: '可拨0539-7212345或12345',
        character_string9: 'a'.repeat(32),
      },
    });
    const text = complaintAnsweredSms(notice, '13900001111');
    expect(text).toMatchObject({ phone: '13900001111', template: 'generic', params: { ref: 'a'.repeat(32) } });
    expect(text.params.text).toBe(
      '【一次办】您的投诉TS20261119000001已答复，请在小程序“我的—我的投诉建议”查看并评价。' +
        '如有疑问，请拨打政务服务中心电话0539-7212345或12345政务服务便民热线。',
    );
  });
});
