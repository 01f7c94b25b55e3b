import { type Connection } from 'mongoose';
import { type ItemInput } from '@onetrip/shared';
import { type App } from '../../../app';
import { auditModel } from '../../audit/audit.model';
import { chainModel } from '../chain.model';
import { itemModel } from '../item.model';
import { qrcodeModel } from '../qrcode.model';
import { loginAs, type LoggedIn } from '../../../../test/helpers/login-as';

/** A small valid guide; every call returns a fresh copy to spoil. */
export function sampleItem(overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    name: '测试事项办理',
    department: '县测试局',
    kind: '公共服务',
    legalBasis: '《测试条例》第一条',
    conditions: ['本县户籍'],
    materials: [
      {
        code: 'id_card',
        name: '居民身份证',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png'],
      },
      { code: 'application', name: '申请书', category: '文书类', required: true, gapAllowed: true, formats: ['pdf'] },
    ],
    form: {
      fields: [
        { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, profile: 'profile.name' },
        { key: 'level', label: '档次', type: 'select', required: true, options: [{ value: 'a', label: '甲' }] },
      ],
    },
    process: ['申请', '审核', '办结'],
    legalDays: 10,
    promisedDays: 3,
    fee: { amount: 0 },
    delivery: { window: true, express: true, expressFee: 1200 },
    windows: [{ hall: '县政务服务中心一楼', number: 'A01' }],
    trips: 0,
    commitment: { text: '本人承诺申请书在受理后一个工作日内补交。', gapDays: 1, issueBeforeGaps: false },
    ...overrides,
  };
}

export interface Admins {
  admin: LoggedIn;
  resident: LoggedIn;
}

/** An admin (the bootstrap openid) and a plain resident. */
export async function loginAdmins(app: App): Promise<Admins> {
  const [admin, resident] = await Promise.all([loginAs(app, 'admin'), loginAs(app, 'someone')]);
  return { admin, resident };
}

/** How many catalog documents and audit entries there are: a refused request changes none. */
export async function catalogCounts(conn: Connection) {
  return {
    items: await itemModel(conn).countDocuments(),
    chains: await chainModel(conn).countDocuments(),
    qrcodes: await qrcodeModel(conn).countDocuments(),
    audits: await auditModel(conn).countDocuments(),
  };
}

interface Answer {
  statusCode: number;
  json: () => { error: { code: string; details?: unknown[] } };
}

/** Asserts the contract error (400 VALIDATION_FAILED unless told) and returns it. */
export function expectRefused(res: Answer, want: { status?: number; code?: string } = {}) {
  expect(res.statusCode).toBe(want.status ?? 400);
  expect(res.json().error.code).toBe(want.code ?? 'VALIDATION_FAILED');
  return res.json().error;
}

/** The dotted paths named by an error's details. */
export const pathsOf = (details: unknown[] | undefined) => (details ?? []).map((d) => (d as { path: string }).path);
