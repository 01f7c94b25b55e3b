import { Types } from 'mongoose';
import { AUDIT_EXPORT_MAX, idCheckChar, type AuditList } from '@onetrip/shared';
import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';
import { csvCell } from '../../../lib/csv';
import { recordAudit } from '../audit.service';

const PHONE = '13912348765';
const ID_NUMBER = '37132719700505001' + idCheckChar('37132719700505001');
const CASE_ID = new Types.ObjectId().toHexString();
const CASE_NUMBER = 'ZW20261125000042';

let t: TestApp;
let admin: LoggedIn;
let agent: LoggedIn;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await loginAs(t.app, 'admin');
  agent = await loginAs(t.app, 'exp_agent', {
    roles: ['agent'],
    station: { town: '大店镇', village: '东山村' },
    profile: { name: '赵代办', idNumber: ID_NUMBER, phone: PHONE },
  });
  await t.app.db.collection('applications').insertOne({ _id: new Types.ObjectId(CASE_ID), number: CASE_NUMBER });
  const station = { town: '=cmd|calc', village: '东山村' };
  for (const target of ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'a,b', 'say "hi"', 'line1\nline2'])
    await recordAudit(t.app.db, {
      actor: { userId: agent.userId, role: 'agent', station },
      action: 'case.edit',
      caseId: CASE_ID,
      target,
    });
  await recordAudit(t.app.db, {
    actor: { userId: admin.userId, role: 'admin' },
    action: 'user.roles',
    target: agent.userId,
  });
});
afterAll(async () => {
  await t.close();
});

const get = (who: LoggedIn, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/audit?${query}`, headers: who.headers });
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=a,"b"', `"'=a,""b"""`],
  ])('writes %j as %s', (value, cell) => expect(csvCell(value)).toBe(cell));
});

describe('GET /admin/audit', () => {
  it('names the people and the case of each entry, and finds a case by its number', async () => {
    const res = await get(admin, `caseNumber=${CASE_NUMBER}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<AuditList>();
    expect(body.total).toBe(7);
    expect(body.items[0]).toMatchObject({
      actor: { userId: agent.userId, role: 'agent', name: '赵代办' },
      action: 'case.edit',
      caseId: CASE_ID,
      caseNumber: CASE_NUMBER,
    });
    const roles = (await get(admin, 'action=user.roles')).json<AuditList>();
    expect(roles.items.find((e) => e.target === agent.userId)).toMatchObject({ targetName: '赵代办' });
    expect((await get(admin, 'caseNumber=ZW20991231000001')).json()).toEqual({ items: [], total: 0 });
    expect((await get(admin, 'caseNumber=123')).statusCode).toBe(400);
  });
});

describe('GET /admin/audit?format=csv', () => {
  it('exports UTF-8 with a BOM for Excel: a header, the actions in Chinese, names, and safe cells', async () => {
    const res = await get(admin, `caseId=${CASE_ID}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{8}-\d{4}\.csv"$/);
    expect(res.headers).toMatchObject({ 'x-export-rows': '7', 'x-export-total': '7', 'x-export-truncated': 'false' });
    expect(res.rawPayload.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const csv = res.rawPayload.toString('utf8');
    const [header, ...rows] = lines(csv);
    expect(header).toBe('时间（北京时间）,操作,操作代码,操作人,操作人编号,身份,服务站点,办件编号,办件ID,对象,对象姓名');
    // Newest first: the last entry recorded is the first row (its line break quoted inside the cell).
    expect(rows[0]).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},修改申请表,case\\.edit,赵代办,${agent.userId},代办员,'=cmd\\|calc东山村,${CASE_NUMBER},${CASE_ID},"line1\nline2",$`,
      ),
    );
    const targets = rows.slice(1, -1).map((row) => row.split(`${CASE_ID},`)[1]);
    expect(targets).toEqual(['"say ""hi""",', '"a,b",', "'@SUM(A1),", "'-2,", "'+1,", `"'=HYPERLINK(""http://x"")",`]);
    expect(rows[rows.length - 1]).toBe('');
  });

  it('is audited itself, with its filters and count, and holds no full phone or ID number', async () => {
    await get(admin, `q=x`); // refused (unknown parameter): no export, no entry
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/users?q=${PHONE}`,
      headers: admin.headers,
    });
    expect(search.json().total).toBe(1);
    const res = await get(admin, 'format=csv');
    expect(res.statusCode).toBe(200);
    const csv = res.rawPayload.toString('utf8');
    expect(csv).toContain('按手机号或身份证号查找人员');
    expect(csv).not.toContain(PHONE);
    expect(csv).not.toContain(ID_NUMBER);
    const exports = await t.app.db.collection('audit_logs').find({ action: 'audit.export' }).toArray();
    expect(exports.map((e) => e.target)).toEqual([`rows=7;caseId=${CASE_ID}`, `rows=${lines(csv).length - 2}`]);
    expect(exports[0]?.actor).toMatchObject({ userId: admin.userId, role: 'admin' });
  });

  it(`exports at most ${AUDIT_EXPORT_MAX} rows and says that more matched`, async () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const bulk = Array.from({ length: AUDIT_EXPORT_MAX + 1 }, (_, i) => ({
      at: new Date(at.getTime() + i * 1000),
      actor: { userId: admin.userId, role: 'admin' },
      action: 'test.bulk',
    }));
    for (let i = 0; i < bulk.length; i += 2_000)
      await t.app.db.collection('audit_logs').insertMany(bulk.slice(i, i + 2_000));
    const res = await get(admin, 'action=test.bulk&format=csv');
    expect(res.headers).toMatchObject({
      'x-export-rows': String(AUDIT_EXPORT_MAX),
      'x-export-total': String(AUDIT_EXPORT_MAX + 1),
      'x-export-truncated': 'true',
    });
    expect(lines(res.rawPayload.toString('utf8'))).toHaveLength(1 + AUDIT_EXPORT_MAX + 1);
  }, 120_000);

  it('is refused to staff and agents (403) and writes no entry', async () => {
    const clerk = await loginAs(t.app, 'exp_clerk', { roles: ['staff'], department: '县民政局' });
    const before = await t.app.db.collection('audit_logs').countDocuments({ action: 'audit.export' });
    for (const who of [clerk, agent]) expect((await get(who, 'format=csv')).statusCode).toBe(403);
    expect((await get(admin, 'format=xlsx')).statusCode).toBe(400);
    expect(await t.app.db.collection('audit_logs').countDocuments({ action: 'audit.export' })).toBe(before);
  });
});
