import { type Config } from '../../config';
import { type SmsMessage } from '../../plugins/app/sms';
import { type SubscribeMessage } from '../../plugins/app/wechat';
import { helpSentence, helpThing, type HelpLines } from './help-lines';
import { caseStatusTemplate } from './messages';

/** What the filer of a complaint is told when it is answered (no text of the answer: it is read in the app). */
export interface ComplaintAnsweredNotice {
  ref: string;
  complaintId: string;
  number: string;
  kind: string;
  category: string;
  at: Date;
  help: HelpLines;
}

const STATUS = '已答复';

/**
 * The answer as a subscription message (the case-status template, its fields within WeChat's limits):
 * number, 投诉：办事效率, 已答复, the time, and whom to call; it opens the complaint's page.
 */
export function complaintAnsweredWechatMessage(
  notice: ComplaintAnsweredNotice,
  touser: string,
  templates: Pick<Config, 'WECHAT_TEMPLATE_CASE_STATUS'>,
): SubscribeMessage {
  const { number, at, ref } = notice;
  const page = `complaint/detail/index?id=${notice.complaintId}`;
  const subject = `${notice.kind}：${notice.category}`;
  return caseStatusTemplate(
    { page, number, subject, status: STATUS, at, note: helpThing(notice.help), ref },
    touser,
    templates,
  );
}

/** The answer as a text, when WeChat cannot reach the filer. */
export function complaintAnsweredSms(notice: ComplaintAnsweredNotice, phone: string): SmsMessage {
  const text =
    `【一次办】您的${notice.kind}${notice.number}已答复，请在小程序“我的—我的投诉建议”查看并评价。` +
    `${helpSentence(notice.help)}。`;
  return { phone, template: 'generic', params: { text, ref: notice.ref } };
}
