import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView, type LicenceView } from '@onetrip/shared';
import ApplyMaterialsPage from '@/apply/materials/index';
import { materialDesc } from '@/staff/case/StaffCaseBody';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';

type Material = ApplicationView['materials'][number];

const idCard = (over: Partial<Material> = {}): Material => ({
  ...{ code: 'id_card', name: '居民身份证', category: '证件类', required: true, gapAllowed: false },
  ...{ formats: ['jpg', 'png'], itemCodes: ['LNYDZ'], uploadIds: [], satisfiedBy: 'identity' },
  heldBy: { kind: 'identity' },
  ...over,
});
const businessLicence: Material = {
  ...{ code: 'business_license', name: '营业执照', category: '证件类', required: true, gapAllowed: false },
  ...{ formats: ['pdf'], itemCodes: ['LNYDZ'], uploadIds: [], licenceTypes: ['营业执照'] },
};
const licence = (id: string, type: string, number: string): LicenceView => ({
  ...{ id, type, number, issuer: '县市场监督管理局', issuedAt: '2026-10-01T02:00:00.000Z' },
  ...{ caseId: '65f0a1b2c3d4e5f6000000aa', caseNumber: 'ZW20261001000001' },
});
const MINE = [
  licence('65f0a1b2c3d4e5f6000000aa.GETI-YINGYE', '营业执照', '市监字第007号'),
  licence('65f0a1b2c3d4e5f6000000bb.BDC-ZHUANYI', '不动产权证书', '鲁(2026)莒南县不动产权第1号'),
];

const card = (code: string) => document.getElementById(`material-${code}`) as HTMLElement;
const base = `${API}/applications/${CASE_ID}`;

/** The materials page over a case server that also answers GET /licences and the licence PUT/DELETE. */
async function open(view: ApplicationView) {
  const server = caseServer(view, (call) => {
    if (call.method === 'GET' && call.url === `${API}/licences`) return { status: 200, body: { items: MINE } };
    if (!call.url.endsWith('/materials/business_license/licence')) return undefined;
    const current = server.state.current;
    if (call.header['If-Match'] !== String(current.version))
      return { status: 409, body: errorBody('VERSION_CONFLICT', '办件已被更新，请刷新后重试') };
    const picked = MINE.find((l) => l.id === (call.data as { licenceId?: string } | undefined)?.licenceId);
    const heldBy =
      call.method === 'PUT' && picked ? { kind: 'licence' as const, licenceId: picked.id, ...picked } : undefined;
    server.state.current = {
      ...current,
      version: current.version + 1,
      materials: current.materials.map((m) => (m.code === 'business_license' ? { ...m, heldBy } : m)),
    };
    return { status: 200, body: server.state.current };
  });
  setRouterParams({ id: CASE_ID });
  render(<ApplyMaterialsPage />);
  await screen.findByText('居民身份证');
  return server;
}

beforeEach(() => {
  Taro.removeStorageSync('onetrip.user');
});

describe('材料免提交 on the materials page', () => {
  it('shows the ID card the verified identity holds as 系统已核验, done without an upload', async () => {
    loginAs('access-h1');
    const { calls } = await open(caseView({ materials: [idCard()] }));
    expect(card('id_card').textContent).toContain('系统已核验');
    expect(card('id_card').textContent).toContain('系统已核验（实名认证），无需上传');
    expect(card('id_card').textContent).not.toContain('未上传');
    expect(document.getElementById('materials-summary')?.textContent).toContain('必交 1 项，已传 1 项');
    // no material takes a licence: the licences are not even read
    expect(calls.some((c) => c.url.endsWith('/licences'))).toBe(false);
  });

  it('asks for an ID card nothing holds', async () => {
    loginAs('access-h2');
    await open(caseView({ materials: [idCard({ heldBy: undefined })] }));
    expect(card('id_card').textContent).toContain('未上传');
    expect(card('id_card').textContent).not.toContain('系统已核验');
  });

  it('offers the applicant’s matching licences, uses one in one tap (If-Match) and takes it off again', async () => {
    loginAs('access-h3');
    const { calls } = await open(caseView({ materials: [idCard(), businessLicence] }));
    const use = await waitFor(() => {
      const found = document.getElementById(`licence-use-business_license-${MINE[0]!.id}`);
      if (!found) throw new Error('not offered yet');
      return found;
    });
    // the 不动产权证书 does not stand for a 营业执照
    expect(document.getElementById(`licence-use-business_license-${MINE[1]!.id}`)).toBeNull();
    fireEvent.click(use);
    await waitFor(() => expect(card('business_license').textContent).toContain('已用电子证照'));
    const put = calls.find((c) => c.method === 'PUT' && c.url === `${base}/materials/business_license/licence`);
    expect(put?.header['If-Match']).toBe('3');
    expect(put?.data).toEqual({ licenceId: MINE[0]!.id });
    expect(card('business_license').textContent).toContain(
      '电子证照：营业执照，编号 市监字第007号，县市场监督管理局核发（办件 ZW20261001000001）',
    );
    fireEvent.click(document.getElementById('licence-stop-business_license') as Element);
    await waitFor(() => expect(card('business_license').textContent).toContain('未上传'));
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del?.header['If-Match']).toBe('4');
  });

  it('offers no licences to the agent of the case (GET /licences would list the agent’s own)', async () => {
    loginAs('access-h4');
    Taro.setStorageSync(
      'onetrip.user',
      JSON.stringify({ id: 'agent-1', roles: ['resident', 'agent'], realNameVerified: true }),
    );
    const { calls } = await open(
      caseView({ materials: [idCard(), businessLicence], submittedBy: { role: 'agent', userId: 'agent-1' } }),
    );
    expect(card('business_license').textContent).toContain('未上传');
    expect(calls.some((c) => c.url.endsWith('/licences'))).toBe(false);
  });
});

describe('staff see what holds a material', () => {
  it('names the verified identity, and the licence with its origin, beside any files', () => {
    expect(materialDesc(idCard())).toBe('系统已核验（实名认证），无需上传');
    expect(materialDesc(idCard({ uploadIds: ['65f0a1b2c3d4e5f60000aaaa'] }))).toBe(
      '系统已核验（实名认证），无需上传；1 个文件',
    );
    const held = { ...businessLicence, heldBy: { kind: 'licence' as const, licenceId: MINE[0]!.id, ...MINE[0]! } };
    expect(materialDesc(held)).toBe(
      '电子证照：营业执照，编号 市监字第007号，县市场监督管理局核发（办件 ZW20261001000001）',
    );
    expect(materialDesc(businessLicence)).toBe('未上传');
  });

  it('names the signed commitment, and a gap still open with its day', () => {
    const promised = { ...businessLicence, heldBy: { kind: 'commitment' as const, signedAt: '2026-12-03T02:00:00Z' } };
    expect(materialDesc(promised)).toContain('告知承诺：已签署承诺书代替此材料');
    expect(materialDesc(businessLicence, '2026-12-10')).toBe('容缺待补（2026-12-10 前）');
  });
});
