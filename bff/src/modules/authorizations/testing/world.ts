import { randomBytes, randomInt } from 'node:crypto';
import { type LightMyRequestResponse as InjectResponse } from 'fastify';
import { type ApplicantInput, type ApplicationView, type AuthorizationView, type Station } from '@onetrip/shared';
import { type App } from '../../../app';
import { ifMatch, newKey, person, uploadOf } from '../../applications/testing/cases';
import { FREE_A, staffWorld, type StaffWorld } from '../../staff/testing/world';
import { fileBody, SAMPLES } from '../../uploads/testing/multipart';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** The station of `agent` and `agentSame`, and another one (`agentWest`). */
export const EAST: Station = { town: '十字路街道', village: '东关村' };
export const WEST: Station = { town: '大店镇', village: '西岭村' };

/** A person as an agent types them in, with a phone no other test file uses (the SMS simulator is shared). */
export type Applicant = ApplicantInput;

export interface Resident extends LoggedIn {
  profile: Applicant;
}

export interface AgentWorld extends StaffWorld {
  /** an agent of EAST; another agent of the same station; an agent of WEST */
  agent: LoggedIn;
  agentSame: LoggedIn;
  agentWest: LoggedIn;
  /** a verified resident agents apply for (her phone is unique to this file) */
  carol: Resident;
  admin: LoggedIn;
}

/** A phone number of this run only: texts to it are this file's. */
export const uniquePhone = () => `15${String(randomInt(1e9)).padStart(9, '0')}`;

/** Someone with no account: an agent applies for them by name, ID number and phone. */
export const stranger = (name = '赵大山'): Applicant => ({ ...person(name), phone: uniquePhone() });

/**
 * The staff world (two residents, staff of three departments, FREE_A/FREE_B)
 * plus three agents — two of one station, one of another — a verified
 * resident for them to apply for, and the bootstrap admin.
 */
export async function agentWorld(opts: Parameters<typeof staffWorld>[0] = {}): Promise<AgentWorld> {
  const w = await staffWorld(opts);
  const suffix = randomBytes(3).toString('hex');
  const agentAs = (login: string, name: string, station: Station) =>
    loginAs(w.app, `${login}_${suffix}`, { roles: ['agent'], station, profile: person(name) });
  const carolProfile = stranger('郑秀兰');
  const [agent, agentSame, agentWest, carolLogin, admin] = await Promise.all([
    agentAs('ag_east', '孙代办', EAST),
    agentAs('ag_east2', '周代办', EAST),
    agentAs('ag_west', '吴代办', WEST),
    loginAs(w.app, `ag_carol_${suffix}`, { profile: carolProfile }),
    loginAs(w.app, 'admin'),
  ]);
  return { ...w, agent, agentSame, agentWest, carol: { ...carolLogin, profile: carolProfile }, admin };
}

/** POST /applications as `agent` for `applicant` (a draft with a pending authorization). */
export const createFor = (w: AgentWorld, agent: LoggedIn, applicant: Applicant, codes: string[] = [FREE_A]) =>
  w.call(agent, 'POST', '/applications', { payload: { items: codes, applicant } });

/** An agent's draft for `applicant`, filled, window pick-up, every required material uploaded by the agent. */
export async function readyAgentCase(
  w: AgentWorld,
  applicant: Applicant,
  agent = w.agent,
  codes: string[] = [FREE_A],
): Promise<ApplicationView> {
  const created = await createFor(w, agent, applicant, codes);
  if (created.statusCode !== 201)
    throw new Error(`creating an agent case failed: ${created.statusCode} ${created.body}`);
  let view = created.json<ApplicationView>();
  view = (
    await w.call(agent, 'PATCH', `/applications/${view.id}`, {
      headers: ifMatch(view.version),
      payload: { data: { purpose: '代办测试' }, delivery: { method: 'window' } },
    })
  ).json<ApplicationView>();
  for (const m of view.materials.filter((x) => x.required)) {
    const put = await w.call(agent, 'PUT', `/applications/${view.id}/materials/${m.code}`, {
      headers: ifMatch(view.version),
      payload: { uploadIds: [await uploadOf(w.app, agent)] },
    });
    if (put.statusCode !== 200) throw new Error(`uploading ${m.code} failed: ${put.statusCode} ${put.body}`);
    view = put.json<ApplicationView>();
  }
  return view;
}

/** A real upload through POST /uploads (its bytes can be read back), e.g. a scanned paper authorization. */
export async function fileOf(w: AgentWorld, who: LoggedIn, kind: 'jpeg' | 'pdf' = 'jpeg'): Promise<string> {
  const body = fileBody(kind === 'pdf' ? 'authorization.pdf' : 'scan.jpg', SAMPLES[kind]);
  const res = await w.t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...who.headers, ...body.headers },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`uploading failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

export const submit = (w: AgentWorld, who: LoggedIn, id: string) =>
  w.call(who, 'POST', `/applications/${id}/submit`, { headers: { 'idempotency-key': newKey() } });

export const confirm = (w: AgentWorld, who: LoggedIn, authorizationId: string) =>
  w.call(who, 'POST', `/authorizations/${authorizationId}/confirm`, { payload: {} });

export const revoke = (w: AgentWorld, who: LoggedIn, authorizationId: string, payload: unknown = {}) =>
  w.call(who, 'POST', `/authorizations/${authorizationId}/revoke`, { payload });

/** The authorization id of an agent's case view. */
export function authorizationOf(view: ApplicationView): string {
  if (!view.authorization) throw new Error('not an agent case');
  return view.authorization.id;
}

/** An agent's case for carol, confirmed by her and submitted by the agent. */
export async function confirmedSubmittedCase(w: AgentWorld, agent = w.agent): Promise<ApplicationView> {
  const view = await readyAgentCase(w, w.carol.profile, agent);
  expectOk('confirming', await confirm(w, w.carol, authorizationOf(view)));
  expectOk('submitting', await submit(w, agent, view.id));
  return (await w.call(agent, 'GET', `/applications/${view.id}`)).json<ApplicationView>();
}

/** An agent's case for `applicant` with a paper authorization uploaded by the agent; not submitted. */
export async function paperCase(w: AgentWorld, applicant: Applicant, agent = w.agent): Promise<ApplicationView> {
  const view = await readyAgentCase(w, applicant, agent);
  const paper = await uploadOf(w.app, agent);
  const res = await w.call(agent, 'PUT', `/applications/${view.id}/paper-authorization`, {
    headers: ifMatch(view.version),
    payload: { uploadId: paper },
  });
  expectOk('the paper authorization', res);
  return res.json<ApplicationView>();
}

export const getAuthorization = async (w: AgentWorld, who: LoggedIn, id: string) =>
  (await w.call(who, 'GET', `/authorizations/${id}`)).json<AuthorizationView>();

export interface StoredAuditEntry {
  at: Date;
  actor: { userId: string; role: string; station?: Station };
  action: string;
  caseId?: string;
  target?: string;
}

/** Raw audit entries of a case (or all), oldest first. */
export async function auditOf(app: App, filter: Record<string, unknown> = {}): Promise<StoredAuditEntry[]> {
  const docs = await app.db.collection('audit_logs').find(filter).sort({ at: 1, _id: 1 }).toArray();
  return docs as unknown as StoredAuditEntry[];
}

function expectOk(what: string, res: InjectResponse): void {
  if (res.statusCode !== 200) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
}
