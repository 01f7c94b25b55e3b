import { type FastifyInstance } from 'fastify';
import {
  TERMINAL_STATUSES,
  timelineLabel,
  type PersonalDataExport,
  type PersonalDataSummary,
  type Platform,
} from '@onetrip/shared';
import { type AuthUser } from '../../plugins/app/authenticate';
import { recordAudit } from '../audit';
import { casesOfPerson, licencesOfPerson, toApplicationView, type ApplicationRecord } from '../applications';
import { liveSessionsOf } from '../auth';
import { uploadsOf } from '../uploads';
import { addressesModel, loadSignedInUser, rolesOf, toAddressView, toProfileView, type AddressRecord } from '../users';
import { consentHistory } from './consents.service';

/** What the export says of the masked numbers, and how to get them certified. */
export const EXPORT_NOTICE =
  '本文件是您在“一次办”中的个人信息副本。为防止在共用手机上泄露，身份证号和手机号只显示部分号码；' +
  '需要完整信息的证明，请携带本人身份证到县政务服务中心窗口办理。已提交的办件按政务服务档案规定保存。';

const iso = (d: Date) => d.toISOString();
const PLATFORM_FIELDS = { weapp: 'weappOpenid', h5: 'h5Openid' } as const satisfies Record<Platform, string>;

/** Still being handled (not a draft, not finished): such a case keeps the account from deletion. */
export const isOpenCase = (r: ApplicationRecord) => r.status !== 'draft' && !TERMINAL_STATUSES.includes(r.status);

const caseRow = (r: ApplicationRecord) => ({
  id: r._id.toHexString(),
  ...(r.number ? { number: r.number } : {}),
  status: r.status,
  itemNames: r.items.map((i) => i.name),
  updatedAt: iso(r.updatedAt),
});

async function gather(app: FastifyInstance, auth: AuthUser) {
  const user = await loadSignedInUser(app, auth.id);
  const [cases, uploads, licences, consents, sessions, addresses] = await Promise.all([
    casesOfPerson(app, auth.id),
    uploadsOf(app.db, auth.id),
    licencesOfPerson(app, auth.id),
    consentHistory(app.db, auth.id),
    liveSessionsOf(app, auth.id),
    addressesModel(app.db).find({ userId: user._id }).sort({ createdAt: 1 }).lean<AddressRecord[]>(),
  ]);
  return { user, cases, uploads, licences, consents, sessions, addresses };
}

type Gathered = Awaited<ReturnType<typeof gather>>;

function summaryOf(app: FastifyInstance, auth: AuthUser, g: Gathered): PersonalDataSummary {
  const { user } = g;
  const profile = user.profile ? toProfileView(app.pii, user.profile, { fullName: true }) : null;
  return {
    account: {
      id: user._id.toHexString(),
      createdAt: iso((user as { createdAt?: Date }).createdAt ?? user._id.getTimestamp()),
      roles: rolesOf(user),
      wechat: (Object.keys(PLATFORM_FIELDS) as Platform[]).filter((p) => !!user[PLATFORM_FIELDS[p]]),
    },
    profile: profile
      ? {
          name: profile.name,
          idNumberMasked: profile.idNumberMasked,
          phoneMasked: profile.phoneMasked,
          verifiedAt: user.profile?.verifiedAt ? iso(user.profile.verifiedAt) : null,
        }
      : null,
    addresses: g.addresses.map((a) => {
      const { name, phoneMasked, region, detail } = toAddressView(app.pii, a, user.defaultAddressId);
      return { name, phoneMasked, region, detail };
    }),
    cases: {
      total: g.cases.length,
      drafts: g.cases.filter((c) => c.status === 'draft').length,
      open: g.cases.filter(isOpenCase).length,
      items: g.cases.map(caseRow),
    },
    uploads: {
      count: g.uploads.length,
      bytes: g.uploads.reduce((sum, u) => sum + u.size, 0),
      inCases: g.uploads.filter((u) => u.usedBy.length > 0).length,
    },
    licences: g.licences.map(({ type, number, issuer, issuedAt }) => ({ type, number, issuer, issuedAt })),
    consents: g.consents.map((c) => ({
      purpose: c.purpose as PersonalDataSummary['consents'][number]['purpose'],
      version: c.version,
      action: c.action as 'agreed' | 'withdrawn',
      at: iso(c.at),
    })),
    sessions: g.sessions.map((s) => ({
      platform: s.platform,
      signedInAt: iso(s.signedInAt),
      lastUsedAt: iso(s.lastUsedAt),
      current: s.sid === auth.sid,
    })),
  };
}

/** `GET /me/data`: what is held about the signed-in person (masked as everywhere). 401 when the account is gone. */
export async function personalData(app: FastifyInstance, auth: AuthUser): Promise<PersonalDataSummary> {
  return summaryOf(app, auth, await gather(app, auth));
}

/** One case as the export carries it: the case view's own fields (numbers masked, as the case page shows them). */
function exportedCase(app: FastifyInstance, r: ApplicationRecord, userId: string) {
  const view = toApplicationView(app.pii, r);
  return {
    ...caseRow(r),
    createdAt: iso(r.createdAt),
    ...(r.submittedAt ? { submittedAt: iso(r.submittedAt) } : {}),
    startedBy: r.counter
      ? ('counter' as const)
      : r.submittedBy.role === 'agent' && r.submittedBy.userId !== userId
        ? ('agent' as const)
        : ('self' as const),
    data: view.data,
    materials: view.materials.map((m) => ({ name: m.name, files: m.uploadIds.length })),
    delivery: view.delivery?.method ?? null,
    feeTotal: view.fee.total,
    timeline: view.timeline.map((e) => ({
      at: e.at,
      action: timelineLabel(e.action),
      ...(e.note ? { note: e.note } : {}),
    })),
  };
}

/**
 * `GET /me/export`: the signed-in person's own data as one document (导出我的信息) — the
 * summary plus each case's form, materials and timeline, each upload's name and size, and the
 * WeChat openids. ID and phone numbers stay masked (`EXPORT_NOTICE`): a file saved on a shared
 * phone must not carry them in full. Audited `account.export`. 401 when the account is gone.
 */
export async function exportPersonalData(
  app: FastifyInstance,
  auth: AuthUser,
  requestId: string,
): Promise<PersonalDataExport> {
  const g = await gather(app, auth);
  const summary = summaryOf(app, auth, g);
  const openids = Object.fromEntries(
    (Object.keys(PLATFORM_FIELDS) as Platform[]).flatMap((p) => {
      const value = g.user[PLATFORM_FIELDS[p]];
      return value ? [[p, value]] : [];
    }),
  );
  await recordAudit(app.db, {
    actor: { userId: auth.id, role: 'resident' },
    action: 'account.export',
    target: auth.id,
    requestId,
  });
  return {
    format: 'onetrip-personal-data/1',
    exportedAt: new Date().toISOString(),
    notice: EXPORT_NOTICE,
    ...summary,
    account: { ...summary.account, openids },
    cases: { total: g.cases.length, items: g.cases.map((r) => exportedCase(app, r, auth.id)) },
    uploads: {
      ...summary.uploads,
      items: g.uploads.map((u) => ({
        id: u._id.toHexString(),
        name: u.name,
        mime: u.mime,
        size: u.size,
        createdAt: iso(u.createdAt),
      })),
    },
  };
}
