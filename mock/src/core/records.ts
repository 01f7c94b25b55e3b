/**
 * What the simulators remember so tests can see what the BFF sent
 * (subscription messages, text messages). In memory only: the simulator is
 * a test fixture, and DELETE /__mock/records empties it between tests.
 */
export interface SubscribeMessageRecord {
  /** The `msgid` returned to the sender. */
  id: number;
  touser: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
  miniprogram_state: string | null;
  lang: string | null;
  /** ISO 8601 time it was accepted. */
  at: string;
}

export interface SmsRecord {
  id: string;
  phone: string;
  template: string;
  params: Record<string, string>;
  signName: string;
  /** The text as the phone would show it, without the 【signName】 prefix. */
  text: string;
  at: string;
}

export class MockRecords {
  messages: SubscribeMessageRecord[] = [];
  sms: SmsRecord[] = [];

  clear(): void {
    this.messages = [];
    this.sms = [];
  }
}
