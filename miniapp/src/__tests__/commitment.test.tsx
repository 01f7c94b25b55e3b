import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ApplicationView } from '@onetrip/shared';
import ApplyReviewPage from '@/apply/review/index';
import CaseDetailPage from '@/pages/cases/detail/index';
import { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';

const COMMITMENT_URL = `${API}/applications/${CASE_ID}/commitment`;
const TEXT = '本人承诺：所填信息真实有效；户口簿可在领证前补交。';

/** A draft whose `proof` material may be a gap once the 承诺书 is signed. */
function draftWithOffer(over: Partial<ApplicationView> = {}): ApplicationView {
  const base = caseView();
  return caseView({
    materials: [
      ...base.materials,
      {
        code: 'proof',
        name: '居民户口簿',
        category: '证件类',
        required: true,
        gapAllowed: true,
        formats: ['jpg'],
        itemCodes: [base.items[0]!.code],
        uploadIds: [],
      },
    ],
    commitmentOffer: {
      texts: [{ itemName: base.items[0]!.name, text: TEXT }],
      gapDays: 5,
      issueBeforeGaps: false,
      gapMaterials: ['proof'],
      promisedMaterials: [],
    },
    ...over,
  });
}

/** The server of the case that also answers PUT/DELETE …/commitment as the BFF does. */
function serve(view: ApplicationView) {
  const server = caseServer(view, (call) => {
    if (call.url !== COMMITMENT_URL) return undefined;
    const now = server.state.current;
    if (call.header['If-Match'] !== String(now.version))
      return { status: 409, body: errorBody('VERSION_CONFLICT', '办件已被更新') };
    const { commitment: _gone, ...rest } = now;
    server.state.current =
      call.method === 'PUT'
        ? {
            ...now,
            version: now.version + 1,
            commitment: {
              signedAt: '2026-12-03T02:00:00.000Z',
              how: 'app',
              recordedBy: { role: 'resident' },
              texts: now.commitmentOffer!.texts,
            },
          }
        : { ...rest, version: now.version + 1 };
    return { status: 200, body: server.state.current };
  });
  return server;
}

describe('承诺书 on the review step', () => {
  it('shows what it covers and its text, signs with If-Match, and can be taken back', async () => {
    loginAs();
    const server = serve(draftWithOffer());
    setRouterParams({ id: CASE_ID });
    render(<ApplyReviewPage />);
    await screen.findByText('承诺书（容缺受理 · 告知承诺）');
    expect(document.getElementById('commitment-gaps')?.textContent).toContain(
      '居民户口簿暂缺的，签署后可先提交，受理后 5 个工作日内补交',
    );
    expect(document.getElementById('review-commitment')?.textContent).toContain(TEXT);

    fireEvent.click(document.getElementById('commitment-sign') as HTMLElement);
    await waitFor(() => expect(document.getElementById('commitment-signed')).not.toBeNull());
    const put = server.calls.find((c) => c.method === 'PUT' && c.url === COMMITMENT_URL);
    expect(put?.data).toEqual({ how: 'app' });
    expect(put?.header['If-Match']).toBe(String(draftWithOffer().version));
    expect(document.getElementById('review-materials')?.textContent).toContain('容缺后补');

    fireEvent.click(document.getElementById('commitment-withdraw') as HTMLElement);
    await waitFor(() => expect(document.getElementById('commitment-sign')).not.toBeNull());
    expect(server.calls.filter((c) => c.method === 'DELETE' && c.url === COMMITMENT_URL)).toHaveLength(1);
  });

  it('shows nothing for a case without an offer', async () => {
    loginAs();
    serve(caseView());
    setRouterParams({ id: CASE_ID });
    render(<ApplyReviewPage />);
    await screen.findByText('申请信息');
    expect(document.getElementById('review-commitment')).toBeNull();
  });
});

describe('容缺 gaps on the case page', () => {
  it('names each gap with its day and takes the upload that closes it; past the day it says so in red', async () => {
    loginAs();
    const accepted = draftWithOffer({
      status: 'accepted',
      number: 'ZW20261203000001',
      commitmentOffer: undefined,
      gaps: ['proof'],
      gapsDue: '2026-12-10',
      gapList: [{ materialCode: 'proof', name: '居民户口簿', due: '2026-12-10', overdue: false }],
    });
    serve(accepted);
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    await screen.findByText('容缺材料待补交');
    expect(document.getElementById('case-gaps-due')?.textContent).toBe('请于 12月10日 前上传以下材料');
    expect(document.getElementById('material-proof')).not.toBeNull();
  });

  it('warns when the day has passed', async () => {
    loginAs();
    serve(
      draftWithOffer({
        status: 'approved',
        number: 'ZW20261203000002',
        commitmentOffer: undefined,
        gaps: ['proof'],
        gapsDue: '2026-11-20',
        gapList: [{ materialCode: 'proof', name: '居民户口簿', due: '2026-11-20', overdue: true }],
      }),
    );
    setRouterParams({ id: CASE_ID });
    render(<CaseDetailPage />);
    await screen.findByText('容缺材料待补交');
    const due = document.getElementById('case-gaps-due') as HTMLElement;
    expect(due.textContent).toContain('已超过补交期限（11月20日）');
    expect(due.className).toContain('gap-due--overdue');
  });
});
