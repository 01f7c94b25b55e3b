import { fireEvent } from '@testing-library/react';
import { type ItemGuide } from '@onetrip/shared';
import { type AdminItemRecord, type GuideProblem } from '@/services/admin-catalog';
import { errorBody, fakeServer, type FakeCall } from '@/__tests__/helpers';

// What the console's catalog pages are tested with: one published item, its draft, and a fake BFF.

export const byId = (id: string) => document.getElementById(id) as HTMLElement;
export const text = (id: string) => document.getElementById(id)?.textContent ?? '';
export const typeInto = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });
export const valueOf = (id: string) => (byId(id) as HTMLInputElement).value;

export function publishedGuide(overrides: Partial<ItemGuide> = {}): ItemGuide {
  return {
    code: 'LNYDZ',
    name: '老年优待证办理',
    department: '县民政局',
    kind: '公共服务',
    legalBasis: '《中华人民共和国老年人权益保障法》',
    conditions: ['年满60周岁', '本县户籍或居住证'],
    materials: [
      {
        code: 'id_card',
        name: '居民身份证',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'pdf'],
        satisfiedBy: 'identity',
      },
      { code: 'photo', name: '一寸照片', category: '文书类', required: true, gapAllowed: false, formats: ['jpg'] },
    ],
    form: {
      fields: [
        { key: 'applicantName', label: '姓名', type: 'text', required: true, profile: 'profile.name' },
        { key: 'postcode', label: '邮政编码', type: 'text', required: false, rules: { pattern: '\\d{6}' } },
      ],
    },
    process: ['在线申请', '审核', '快递送达'],
    legalDays: 20,
    promisedDays: 5,
    fee: { amount: 1250, due: 'submit' },
    delivery: { window: true, express: true, expressFee: 1200, electronic: false },
    windows: [{ hall: '一楼综合受理区', number: 'A08' }],
    trips: 0,
    version: 3,
    updatedAt: '2026-11-01T12:00:00Z',
    ...overrides,
  };
}

/** The published guide as a draft saves it (no code, version or time). */
export function guideInput(guide: ItemGuide = publishedGuide()): Record<string, unknown> {
  const { code: _c, version: _v, updatedAt: _u, ...input } = guide;
  return input;
}

export const ZHANG = { userId: 'u-admin-2', name: '张敏' };

/** The published item with a draft 张敏 saved on 2026-11-20. */
export function recordWithDraft(draftGuide: Record<string, unknown>, problems: GuideProblem[] = []): AdminItemRecord {
  return {
    published: publishedGuide(),
    draft: { guide: draftGuide, savedAt: '2026-11-20T12:00:00Z', by: ZHANG, problems },
  };
}

type Answer = { status: number; body?: unknown };

/**
 * A BFF for the console: `routes` answer `METHOD /path` (without /api/v1 and the query string);
 * GET /admin/config has departments; anything else is a 404.
 */
export function adminServer(routes: Record<string, Answer | ((call: FakeCall) => Answer)>): FakeCall[] {
  return fakeServer((call) => {
    const path = call.url.replace(/^.*\/api\/v1/, '').replace(/\?.*$/, '');
    const route = routes[`${call.method} ${path}`];
    if (route) return typeof route === 'function' ? route(call) : route;
    if (call.method === 'GET' && path === '/admin/config')
      return {
        status: 200,
        body: {
          departments: ['县民政局', '县市场监管局'],
          courierCompanies: [],
          stations: [],
          separateAcceptanceFromApproval: true,
        },
      };
    return { status: 404, body: errorBody('NOT_FOUND', '未找到') };
  });
}

export const writes = (calls: FakeCall[]) => calls.filter((c) => c.method !== 'GET');
