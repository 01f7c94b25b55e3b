import { formatFen } from '@onetrip/shared';
import { type Config } from '../../config';
import { type SmsMessage } from '../../plugins/app/sms';
import { type SubscribeMessage } from '../../plugins/app/wechat';
import { type ApplicationRecord, type NotificationKind, type OutboxEntry } from '../applications';
import { helpSentence, type HelpLines } from './help-lines';

/** What each kind tells the applicant: a status (≤ 20 characters) and a hint (≤ 20). */
const TEXTS: Record<NotificationKind, { status: string; hint: string }> = {
  submitted: { status: '已提交', hint: '请留意办理进度' },
  accepted: { status: '已受理', hint: '正在审批，请耐心等待' },
  supplement_required: { status: '需补正材料', hint: '请按一次性告知补正' },
  approved: { status: '审批通过', hint: '即将出证' },
  denied: { status: '不予许可', hint: '请查看办件详情' },
  rejected: { status: '不予受理', hint: '请查看办件详情' },
  issued: { status: '已出证', hint: '请留意领取方式' },
  ready_for_pickup: { status: '可领取', hint: '请到窗口出示取件码' },
  shipped: { status: '证照已寄出', hint: '请留意快递' },
  delivered: { status: '证照已签收', hint: '感谢使用，欢迎评价' },
  receipt_code: { status: '签收码已发出', hint: '快递员送达时出示' },
  completed: { status: '已办结', hint: '感谢使用，欢迎评价' },
  refunded: { status: '费用已全额退还', hint: '款项原路退回支付账户' },
  gap_reminder: { status: '容缺材料即将到期', hint: '请在小程序中上传补交' },
};

/** At most `max` characters as people count them (WeChat counts code points, not UTF-16 units); never empty. */
export function fit(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()];
  if (chars.length === 0) return '—';
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (UTC+8, no daylight saving), as WeChat's `time` values read. */
export function shanghaiTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What one message on the case-status template says; `subject` and `note` are fitted to its 20 characters. */
export interface CaseStatusFields {
  page: string;
  number: string;
  subject: string;
  status: string;
  at: Date;
  note: string;
  ref: string;
}

/**
 * A message on the case-status subscription template (number, subject, status, time, note, our reference):
 * the one shape a chase and a complaint's answer share with the case's own messages.
 */
export function caseStatusTemplate(
  fields: CaseStatusFields,
  touser: string,
  templates: Pick<Config, 'WECHAT_TEMPLATE_CASE_STATUS'>,
): SubscribeMessage {
  return {
    touser,
    templateId: templates.WECHAT_TEMPLATE_CASE_STATUS,
    page: fields.page,
    data: {
      character_string1: fields.number,
      thing2: fit(fields.subject, 20),
      thing3: fields.status,
      time4: shanghaiTime(fields.at),
      thing5: fit(fields.note, 20),
      character_string9: fields.ref,
    },
  };
}

const itemNames = (record: ApplicationRecord) => record.items.map((i) => i.name).join('、');
/**
 * 审批通过 with the fee still unpaid: every due (提交时, 审批通过后, 出证前) has come
 * by then and the issue waits for it, so the message asks for it. Read when the
 * message is sent: a fee paid meanwhile is not asked again.
 */
function feeAsk(entry: OutboxEntry, record: ApplicationRecord): string | undefined {
  if (entry.kind !== 'approved' || !(record.fee.total > 0) || record.payment?.status === 'paid') return undefined;
  return `请缴费${formatFen(record.fee.total)}，缴清后出证`;
}
const hintOf = (entry: OutboxEntry, record: ApplicationRecord) =>
  entry.extra?.note ?? feeAsk(entry, record) ?? TEXTS[entry.kind].hint;

/**
 * The messages that end a stage and may leave the resident with questions: they say whom to call (12345,
 * the centre's phone) — the text always, the subscription message when the note leaves room in its 20
 * characters (the page it opens lists both numbers).
 */
export const HELP_KINDS: ReadonlySet<NotificationKind> = new Set([
  'supplement_required',
  'rejected',
  'denied',
  'issued',
]);
function withHelp(entry: OutboxEntry, hint: string, help: HelpLines | undefined): string {
  if (!help || !HELP_KINDS.has(entry.kind)) return hint;
  const tail = `；疑问拨${help.hotline}`;
  return [...hint, ...tail].length <= 20 ? `${hint}${tail}` : hint;
}
/** The SMS's status line; an approval with a fee to pay says so (`case_status`: 您的办件{number}{status}). */
const smsStatusOf = (entry: OutboxEntry, record: ApplicationRecord) => {
  const ask = feeAsk(entry, record);
  return ask ? `${TEXTS[entry.kind].status}，${ask}` : TEXTS[entry.kind].status;
};
/** The message carries a code (pick-up, receipt) only when the transition gave one. */
const codeOf = (entry: OutboxEntry, kind: NotificationKind) => (entry.kind === kind ? entry.extra?.code : undefined);

type Templates = Pick<
  Config,
  'WECHAT_TEMPLATE_CASE_STATUS' | 'WECHAT_TEMPLATE_PICKUP_CODE' | 'WECHAT_TEMPLATE_RECEIPT_CODE'
>;

/**
 * The subscription message of an outbox entry. Every template has the case
 * number in `character_string1` and our idempotency reference (the entry id,
 * 32 hex digits) in `character_string9`; `thing` values are cut to 20 characters.
 */
export function wechatMessage(
  entry: OutboxEntry,
  record: ApplicationRecord & { number: string },
  touser: string,
  templates: Templates,
  help?: HelpLines,
): SubscribeMessage {
  // A completion that invites a rating opens the rating page (signed in, by case id: never the token).
  const page = entry.extra?.rateTokenEnc
    ? `pages/cases/rate/index?id=${record._id.toHexString()}`
    : `pages/cases/detail/index?id=${record._id.toHexString()}`;
  const common = { character_string1: record.number, character_string9: entry.id };
  const code = codeOf(entry, 'ready_for_pickup') ?? codeOf(entry, 'receipt_code');
  if (code) {
    const templateId =
      entry.kind === 'receipt_code' ? templates.WECHAT_TEMPLATE_RECEIPT_CODE : templates.WECHAT_TEMPLATE_PICKUP_CODE;
    const data = {
      ...common,
      character_string2: fit(code, 32),
      thing3: fit(itemNames(record), 20),
      thing4: fit(hintOf(entry, record), 20),
    };
    return { touser, templateId, page, data };
  }
  const data = {
    ...common,
    thing2: fit(itemNames(record), 20),
    thing3: fit(TEXTS[entry.kind].status, 20),
    time4: shanghaiTime(entry.at),
    thing5: fit(withHelp(entry, hintOf(entry, record), help), 20),
  };
  return { touser, templateId: templates.WECHAT_TEMPLATE_CASE_STATUS, page, data };
}

/**
 * The text of an outbox entry for the SMS provider's approved templates;
 * `params.ref` is the entry id. On submit the 查询码 is the last four digits
 * of the applicant's phone: that is what the public progress lookup asks for;
 * an agent's case (`extra.link`) adds the link to the public progress page.
 * A completion with a rating token (`extra.rateLink`, built in memory by the
 * worker) texts the single-use rating link (template `case_completed_rate`). A message that ends a stage
 * (`HELP_KINDS`) adds whom to call to its status (`help`).
 */
export function smsMessage(
  entry: OutboxEntry,
  record: ApplicationRecord & { number: string },
  phone: string,
  help?: HelpLines,
): SmsMessage {
  const base = { number: record.number, ref: entry.id };
  const pickup = codeOf(entry, 'ready_for_pickup');
  const receipt = codeOf(entry, 'receipt_code');
  if (pickup) return { phone, template: 'pickup_code', params: { ...base, code: pickup } };
  if (receipt) return { phone, template: 'receipt_code', params: { ...base, code: receipt } };
  const rateLink = entry.extra?.rateLink;
  if (rateLink) return { phone, template: 'case_completed_rate', params: { ...base, link: rateLink } };
  const link = entry.extra?.link;
  if (entry.kind === 'submitted' && link)
    return { phone, template: 'agent_case_submitted', params: { ...base, code: phone.slice(-4), link } };
  if (entry.kind === 'submitted')
    return { phone, template: 'case_submitted', params: { ...base, code: phone.slice(-4) } };
  const status = smsStatusOf(entry, record);
  const withLines = help && HELP_KINDS.has(entry.kind) ? `${status}。${helpSentence(help)}` : status;
  return { phone, template: 'case_status', params: { ...base, status: withLines } };
}

/**
 * 效能监察's messages to the centre's own staff — never to an applicant, so no personal data: a chase (催办)
 * of a case to the staff of the departments it waits on and their heads, and each working morning's summary
 * to a department's heads. `ref` is the message's idempotency reference (`character_string9`, `params.ref`).
 */
export interface ChaseNotice {
  ref: string;
  caseId: string;
  number: string;
  itemNames: string[];
  at: Date;
  note?: string;
}

export interface DailySummaryNotice {
  ref: string;
  department: string;
  /** the working day it is for, `YYYY-MM-DD` */
  date: string;
  open: number;
  red: number;
  yellow: number;
  /** concluded on the working day before, and of those on time */
  finished: number;
  onTimeRate: number | null;
}

const CHASE_STATUS = '效能监察催办';
const CHASE_HINT = '请尽快办理';

/** The chase as a subscription message (the case-status template): it opens the case on the staff's page. */
export function chaseWechatMessage(
  notice: ChaseNotice,
  touser: string,
  templates: Pick<Config, 'WECHAT_TEMPLATE_CASE_STATUS'>,
): SubscribeMessage {
  const { number, at, ref } = notice;
  const page = `staff/case/index?id=${notice.caseId}`;
  const subject = notice.itemNames.join('、');
  return caseStatusTemplate(
    { page, number, subject, status: CHASE_STATUS, at, note: notice.note ?? CHASE_HINT, ref },
    touser,
    templates,
  );
}

/** The chase as a text (when WeChat cannot reach the staff member). */
export function chaseSms(notice: ChaseNotice, phone: string): SmsMessage {
  const note = notice.note ? `：${notice.note}` : '';
  const text = `【效能监察】办件${notice.number}（${notice.itemNames.join('、')}）已被催办${note}，请尽快办理。`;
  return { phone, template: 'generic', params: { text, ref: notice.ref } };
}

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);
const summaryLine = (n: DailySummaryNotice) => `在办${n.open}件，超期${n.red}件，临期${n.yellow}件`;
const yesterdayLine = (n: DailySummaryNotice) => `上个工作日办结${n.finished}件，按时率${percent(n.onTimeRate)}`;

/** The morning summary as a subscription message: it opens the staff's queue. */
export function dailySummaryWechatMessage(
  notice: DailySummaryNotice,
  touser: string,
  templates: Pick<Config, 'WECHAT_TEMPLATE_DAILY_SUMMARY'>,
): SubscribeMessage {
  return {
    touser,
    templateId: templates.WECHAT_TEMPLATE_DAILY_SUMMARY,
    page: 'staff/queue/index',
    data: {
      thing1: fit(notice.department, 20),
      date2: notice.date,
      thing3: fit(summaryLine(notice), 20),
      thing4: fit(yesterdayLine(notice), 20),
      character_string9: notice.ref,
    },
  };
}

/** The morning summary as a text. */
export function dailySummarySms(notice: DailySummaryNotice, phone: string): SmsMessage {
  const text = `【效能监察】${notice.date} ${notice.department}：${summaryLine(notice)}；${yesterdayLine(notice)}。`;
  return { phone, template: 'generic', params: { text, ref: notice.ref } };
}
