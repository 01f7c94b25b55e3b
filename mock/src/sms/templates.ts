/**
 * The SMS templates the provider has approved for us. A real provider sends
 * only pre-approved templates; `generic` is a simulator convenience for
 * one-off texts.
 */
export const SMS_TEMPLATES = {
  case_submitted: '您的办件{number}已提交，查询码{code}',
  agent_case_submitted: '代办员已为您提交办件{number}，查询码为您手机号后4位{code}，查看进度和评价：{link}',
  case_status: '您的办件{number}{status}',
  receipt_code: '您的证照快件{number}签收码{code}，请在快递员送达时出示',
  pickup_code: '您的办件{number}已可领取，取件码{code}',
  case_completed_rate: '您的办件{number}已办结，欢迎评价本次服务（30天内有效，仅可评价一次）：{link}',
  counter_receipt:
    '您的办件{number}已在窗口受理，受理回执（{days}天内有效）：{link}，凭办件编号和手机号后4位可查询进度',
  counter_notice:
    '您申请的事项材料尚不齐全，一次性告知书（{days}天内有效）：{link}，补齐后请到窗口或在小程序中继续办理',
  generic: '{text}',
} as const satisfies Record<string, string>;

export type SmsTemplate = keyof typeof SMS_TEMPLATES;

export function isSmsTemplate(name: string): name is SmsTemplate {
  return Object.hasOwn(SMS_TEMPLATES, name);
}

/** The `{placeholders}` a template needs, in order. */
export function placeholdersOf(template: SmsTemplate): string[] {
  return [...SMS_TEMPLATES[template].matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

export type RenderResult = { text: string } | { missing: string };

/** Fills the template; every placeholder must have a non-empty value. */
export function renderSms(template: SmsTemplate, params: Record<string, string>): RenderResult {
  for (const name of placeholdersOf(template)) {
    if (!params[name]) return { missing: name };
  }
  return { text: SMS_TEMPLATES[template].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '') };
}
