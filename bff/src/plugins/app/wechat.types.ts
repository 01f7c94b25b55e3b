/** A subscription message (订阅消息) as our client takes it. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  /** mini-program page opened from the message, e.g. `pages/cases/detail/index?id=…` */
  page?: string;
  /** `{key: value}`; values must fit the key's type (`thing` ≤ 20 characters, `character_string` ≤ 32…) */
  data: Record<string, string>;
}

export type SubscribeOutcome = { ok: true; msgid: number } | { ok: false; errcode: number };

/** The user has not subscribed to (or has used up) this template. */
export const WECHAT_NOT_SUBSCRIBED = 43101;
