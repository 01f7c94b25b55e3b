import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import { type App } from '../../../app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { newKey, person, readyCase, type CaseWorld } from '../../applications/testing/cases';
import { type OutboxEntry } from '../../applications';

/** A resident whose openid and phone no other test file uses (the simulator is shared by parallel files). */
export interface Person extends LoggedIn {
  openid: string;
  phone: string;
}

export async function uniqueResident(app: App, login: string, realName = '钱多多'): Promise<Person> {
  const name = `ntf_${login}_${randomInt(1e6)}`;
  const profile = { ...person(realName), phone: `15${String(randomInt(1e9)).padStart(9, '0')}` };
  const signedIn = await loginAs(app, name, { profile });
  return { ...signedIn, openid: `openid_${name}`, phone: profile.phone };
}

/** A TEST-SIMPLE case of `who`, submitted. */
export async function submittedCase(
  w: CaseWorld,
  who: LoggedIn,
): Promise<{ id: string; number: string; draftVersion: number }> {
  const view = await readyCase(w, who);
  const res = await w.call(who, 'POST', `/applications/${view.id}/submit`, {
    headers: { 'idempotency-key': newKey() },
  });
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.statusCode} ${res.body}`);
  return { id: view.id, number: res.json<{ number: string }>().number, draftVersion: view.version };
}

/** The raw stored outbox of a case. */
export async function outboxOf(app: App, id: string): Promise<OutboxEntry[]> {
  const doc = await app.db.collection('applications').findOne({ _id: new Types.ObjectId(id) });
  return (doc?.outbox ?? []) as OutboxEntry[];
}

export interface MockMessage {
  touser: string;
  template_id: string;
  page: string | null;
  data: Record<string, { value: string }>;
}
export interface MockSms {
  phone: string;
  template: string;
  params: Record<string, string>;
}

const getJson = async <T>(url: string): Promise<T> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
};

export const messagesTo = async (mockBase: string, openid: string) =>
  (await getJson<{ items: MockMessage[] }>(`${mockBase}/__mock/messages?touser=${encodeURIComponent(openid)}`)).items;

export const textsTo = async (mockBase: string, phone: string) =>
  (await getJson<{ items: MockSms[] }>(`${mockBase}/__mock/sms?phone=${encodeURIComponent(phone)}`)).items;

/** Simulator records carrying an outbox entry's reference. */
export const messagesWithRef = async (mockBase: string, openid: string, ref: string) =>
  (await messagesTo(mockBase, openid)).filter((m) => m.data.character_string9?.value === ref);
export const textsWithRef = async (mockBase: string, phone: string, ref: string) =>
  (await textsTo(mockBase, phone)).filter((m) => m.params.ref === ref);

/** Arms a simulator scenario for this file's own openid or phone only. */
export async function arm(mockBase: string, name: string, match: string, times = 1): Promise<void> {
  const res = await fetch(`${mockBase}/__mock/scenario`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, match, times }),
  });
  if (!res.ok) throw new Error(`arming ${name} failed: ${res.status}`);
}

export const later = (ms: number, from = new Date()) => new Date(from.getTime() + ms);
