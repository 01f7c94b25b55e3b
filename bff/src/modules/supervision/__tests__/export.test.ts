import { putItem } from '../../catalog/item.service';
import { simpleItem, storedCase } from '../../applications/testing/cases';
import { daysAgo, FREE_A, FREE_B, submittedCase } from '../../staff/testing/world';
import { csvCell } from '../../../lib/csv';
import { acceptedAt, acceptedAtFor, supervisionWorld, type SupervisionWorld } from '../testing/world';

let w: SupervisionWorld;
const FORMULA_DEPARTMENT = '=1+2局';
const numbers: Record<string, string> = {};

beforeAll(async () => {
  w = await supervisionWorld('sve');
  numbers.red = (await storedCase(w.app, (await acceptedAt(w, [FREE_A], daysAgo(30))).id))?.number;
  const yellow = await acceptedAt(w, [FREE_B], acceptedAtFor('yellow', 5, w.calendars), w.staffB);
  numbers.yellow = (await storedCase(w.app, yellow.id))?.number;
  // A department whose name a spreadsheet would run as a formula.
  await putItem(
    w.app.db,
    'TEST-FORMULA',
    simpleItem({ name: '公式事项', department: FORMULA_DEPARTMENT, fee: { amount: 0 } }),
  );
  await submittedCase(w, w.alice, ['TEST-FORMULA']);
});
afterAll(async () => {
  await w.t.close();
});

const exportCsv = (who = w.admin, query = '') => w.call(who, 'GET', `/admin/supervision/export.csv${query}`);

describe('GET /admin/supervision/export.csv', () => {
  it('is a UTF-8 CSV with a BOM: the departments’ figures, then every red and every yellow case', async () => {
    const res = await exportCsv();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="supervision-\d{8}-\d{4}\.csv"/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF效能监察报表,')).toBe(true);
    const lines = body.slice(1).split('\r\n');
    expect(lines).toContain('各部门效能');
    const head = lines[lines.indexOf('各部门效能') + 1] ?? '';
    expect(head.split(',').slice(0, 7)).toEqual([
      '部门',
      '在办件数',
      '超期（红灯）',
      '临期（黄灯）',
      '待受理-绿',
      '待受理-黄',
      '待受理-红',
    ]);
    expect(
      lines
        .find((l) => l.startsWith('县测试局,'))
        ?.split(',')
        .slice(0, 4),
    ).toEqual(['县测试局', '1', '1', '0']);
    const red = lines.indexOf('超期办件（红灯）共 1 件');
    expect(lines[red + 2]?.startsWith(`${numbers.red},测试甲事项,县测试局,审批中,`)).toBe(true);
    const yellow = lines.indexOf('临期办件（黄灯）共 1 件');
    expect(lines[yellow + 2]?.startsWith(`${numbers.yellow},测试乙事项,县协办局,审批中,`)).toBe(true);
    expect(body.endsWith('\r\n')).toBe(true);
  });

  it('never lets a cell start a formula', async () => {
    const body = (await exportCsv()).rawPayload.toString('utf8');
    expect(body).toContain(`\r\n'${FORMULA_DEPARTMENT},`);
    expect(body).not.toContain(`\r\n${FORMULA_DEPARTMENT},`);
    expect(['=A1', '+1', '-2', '@SUM(A1)', '\tx', 'a,b', 'say "hi"', '正常'].map(csvCell)).toEqual([
      "'=A1",
      "'+1",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      '"a,b"',
      '"say ""hi"""',
      '正常',
    ]);
  });

  it('takes the dashboard’s query, is audited, and is the admin’s alone', async () => {
    const res = await exportCsv(w.admin, `?department=${encodeURIComponent('县协办局')}&from=2026-11-01&to=2026-11-30`);
    const body = res.rawPayload.toString('utf8');
    expect(body.split('\r\n')[0]).toMatch(
      /^\uFEFF效能监察报表,2026-11-01 至 2026-11-30,县协办局,生成于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(body).toContain('超期办件（红灯）共 0 件');
    const audit = await w.app.db.collection('audit_logs').find({ action: 'supervision.export' }).toArray();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit.every((a) => a.actor.userId === w.admin.userId)).toBe(true);
    for (const who of [w.staffA, w.headA, w.alice]) expect((await exportCsv(who)).statusCode).toBe(403);
    expect((await exportCsv(w.admin, '?from=2026-03-02&to=2026-03-01')).statusCode).toBe(400);
  });
});
