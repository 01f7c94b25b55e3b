import { randomInt } from 'node:crypto';
import { type ComplaintView } from '@onetrip/shared';
import { putGroup } from '../../hall/groups.service';
import { SAMPLES, fileBody } from '../../uploads/testing/multipart';
import { DEPT_A, FREE_A } from '../../staff/testing/world';
import { supervisionWorld, type SupervisionWorld } from '../../supervision/testing/world';
import { person } from '../../applications/testing/cases';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** The centre's phone every message and page of these tests names. */
export const CENTRE_PHONE = '0539-7212345';
/** A window group of DEPT_A's item, with windows K01 and K02. */
export const GROUP = 'cp-hall';

export interface ComplaintWorld extends SupervisionWorld {
  mockBase: string;
}

/**
 * The supervision world (departments A, B, C, their staff and heads, the admin, alice and bob), the centre's
 * contact set, and a window group of DEPT_A.
 */
export async function complaintWorld(prefix: string): Promise<ComplaintWorld> {
  const w = await supervisionWorld(prefix);
  const centre = await w.call(w.admin, 'PUT', '/admin/config/centre', {
    payload: { name: '莒南县政务服务中心', address: '莒南县人民路1号', phone: CENTRE_PHONE },
  });
  if (centre.statusCode !== 200) throw new Error(`setting the centre failed: ${centre.body}`);
  await putGroup(
    w.app.db,
    GROUP,
    {
      ...{ name: '测试投诉窗口', hall: '县政务服务中心一楼', prefix: 'K', items: [FREE_A], windows: ['K01', 'K02'] },
      ...{ hours: '工作日 9:00–17:00', phone: '0539-7211999', capacity: 2 },
    },
    { userId: 'system', requestId: 'test' },
  );
  return { ...w, mockBase: w.t.mockBase };
}

/** A resident with a verified profile whose openid and phone no other test file uses (the simulator is shared). */
export async function freshResident(w: ComplaintWorld, name: string) {
  const login = `${name}_${randomInt(1e6)}`;
  const profile = { ...person('周桂兰'), phone: `15${String(randomInt(1e9)).padStart(9, '0')}` };
  const who = await loginAs(w.app, login, { profile });
  return { ...who, openid: `openid_${login}`, phone: profile.phone };
}

/** A real JPEG (or PDF) uploaded by `who` through POST /uploads. */
export async function photoOf(w: ComplaintWorld, who: LoggedIn, kind: 'jpeg' | 'pdf' = 'jpeg'): Promise<string> {
  const body = fileBody(kind === 'pdf' ? 'scan.pdf' : 'photo.jpg', SAMPLES[kind]);
  const res = await w.t.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: { ...who.headers, ...body.headers },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`uploading failed: ${res.statusCode} ${res.body}`);
  return res.json<{ id: string }>().id;
}

export const complaint = (over: Record<string, unknown> = {}) => ({
  kind: '投诉',
  category: '办事效率',
  text: '办件受理后一直没有进展，打电话也没人接。',
  ...over,
});

/** POST /complaints as `who`. */
export const file = (w: ComplaintWorld, who: LoggedIn, payload: unknown) =>
  w.call(who, 'POST', '/complaints', { payload });

/** Files one and returns its view (throws unless 201). */
export async function filed(w: ComplaintWorld, who: LoggedIn, over: Record<string, unknown> = {}) {
  const res = await file(w, who, complaint(over));
  if (res.statusCode !== 201) throw new Error(`filing failed: ${res.statusCode} ${res.body}`);
  return res.json<ComplaintView>();
}

/** POST /supervision/complaints/:id/answer as `who`. */
export const answer = (
  w: ComplaintWorld,
  who: LoggedIn,
  c: { id: string; version: number },
  text = '已督促窗口今日办结，并对相关人员进行了批评教育。',
) =>
  w.call(who, 'POST', `/supervision/complaints/${c.id}/answer`, {
    headers: { 'if-match': `"${c.version}"` },
    payload: { text },
  });

export const rate = (w: ComplaintWorld, who: LoggedIn, id: string, payload: unknown) =>
  w.call(who, 'POST', `/complaints/${id}/rating`, { payload });

export { DEPT_A };
