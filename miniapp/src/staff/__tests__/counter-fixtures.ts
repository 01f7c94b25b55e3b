import {
  isEmptyValue,
  type CounterCaseView,
  type CounterMissing,
  type CounterReceipt,
  type MeResponse,
} from '@onetrip/shared';
import { caseView } from '@/__tests__/case-fixtures';
import { API, errorBody, type FakeCall } from '@/__tests__/helpers';
import { HALL, meOf, staffServer } from './staff-fixtures';

export const COUNTER_CASE = '65f0a1b2c3d4e5f60000c001';
export const PERSON = '65f0a1b2c3d4e5f60000d001';

/**
 * A walk-in's case at the counter: 老年优待证 (县民政局) and 残疾人证 (县残联) in one case, the
 * person's name, ID and phone filled in from the registration, two fields, three materials (the
 * household register may be accepted with a gap), no delivery chosen yet.
 */
export function counterCase(over: Partial<CounterCaseView> = {}): CounterCaseView {
  const base = caseView({
    id: COUNTER_CASE,
    version: 2,
    items: [
      { code: 'LNYDZ', name: '老年优待证办理', department: '县民政局', status: 'pending', guideVersion: 1 },
      { code: 'CJRZ', name: '残疾人证办理', department: '县残疾人联合会', status: 'pending', guideVersion: 1 },
    ],
    form: {
      fields: [
        { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, profile: 'profile.name' },
        { key: 'applicantPhone', label: '联系电话', type: 'phone', required: true, profile: 'profile.phone' },
        { key: 'homeAddress', label: '现居住地址', type: 'text', required: true, rules: { minLength: 4 } },
        { key: 'guardianName', label: '监护人姓名', type: 'text', required: false },
      ],
    },
    data: { applicantName: '王*英', applicantPhone: '139****7788' },
    materials: [
      material('id_card', '居民身份证', { itemCodes: ['LNYDZ', 'CJRZ'] }),
      material('household_register', '居民户口簿', { gapAllowed: true, itemCodes: ['LNYDZ', 'CJRZ'] }),
      material('disability_assessment', '残疾评定表', { itemCodes: ['CJRZ'] }),
    ],
    applicant: { name: '王*英', idNumberMasked: '3713**********1234', phoneMasked: '139****7788' },
    submittedBy: { role: 'staff', userId: 'clerk-1' },
  });
  const view: CounterCaseView = {
    ...base,
    counter: { hall: HALL, personId: PERSON, startedBy: 'clerk-1', startedAt: '2026-11-25T01:00:00.000Z' },
    missing: [],
    ...over,
  };
  return { ...view, missing: over.missing ?? missingOf(view) };
}

function material(
  code: string,
  name: string,
  over: Partial<CounterCaseView['materials'][number]> = {},
): CounterCaseView['materials'][number] {
  return {
    code,
    name,
    category: '证件类',
    required: true,
    gapAllowed: false,
    formats: ['jpg', 'png', 'pdf'],
    itemCodes: ['LNYDZ'],
    uploadIds: [],
    ...over,
  };
}

/** What the BFF's `missingOf` would list: required values, required materials, the delivery. */
export function missingOf(view: CounterCaseView): CounterMissing[] {
  if (view.status !== 'draft') return [];
  return [
    ...view.form.fields
      .filter((f) => f.required && isEmptyValue(view.data[f.key]))
      .map((f) => ({ field: f.key, reason: `请填写${f.label}`, gapAllowed: false })),
    ...view.materials
      .filter((m) => m.required && m.uploadIds.length === 0)
      .map((m) => ({ materialCode: m.code, reason: `请上传${m.name}`, gapAllowed: m.gapAllowed })),
    ...(view.delivery ? [] : [{ field: 'delivery', reason: '请选择领取方式', gapAllowed: false }]),
  ];
}

/** The case with every required value, file and the delivery given: nothing missing. */
export function completeCase(over: Partial<CounterCaseView> = {}): CounterCaseView {
  const draft = counterCase();
  return counterCase({
    data: { ...draft.data, homeAddress: '莒南县人民路 8 号' },
    materials: draft.materials.map((m) => ({ ...m, uploadIds: [`up-${m.code}`] })),
    delivery: { method: 'window' },
    ...over,
  });
}

export const ACCEPTANCE: CounterReceipt = {
  kind: 'acceptance',
  title: '受理回执',
  number: 'ZW20261125000009',
  issuedAt: '2026-11-25T02:00:00.000Z',
  sections: [
    { heading: '办件信息', lines: ['办件编号：ZW20261125000009', '申请人：王*英（身份证号 3713**********1234）'] },
    {
      heading: '申请事项',
      lines: ['1. 老年优待证办理（县民政局，承诺2个工作日办结）', '2. 残疾人证办理（县残疾人联合会）'],
    },
  ],
};

export const NOTICE: CounterReceipt = {
  kind: 'notice',
  title: '一次性告知书',
  number: null,
  issuedAt: '2026-11-25T02:00:00.000Z',
  sections: [
    { heading: '需补齐的材料和信息', lines: ['1. 居民身份证：请上传居民身份证', '2. 身份证已过期，请换领后再来'] },
  ],
};

type Answer = { status: number; body?: unknown };

/**
 * A BFF for one counter case, per docs/decisions.md: reads answer the case; writes check If-Match,
 * change it, recompute `missing` and answer it (accept: 422 INCOMPLETE unless only listed gaps are
 * missing). `extra` answers anything else first (undefined falls through). Returns the calls made
 * beyond `GET /me` and the case as it now is.
 */
export function counterServer(
  initial: CounterCaseView,
  extra?: (call: FakeCall, state: { current: CounterCaseView }) => Answer | undefined,
  me: MeResponse = meOf('comprehensive'),
) {
  const state = { current: initial };
  const base = `${API}/counter/cases/${COUNTER_CASE}`;
  const save = (next: CounterCaseView): Answer => {
    state.current = { ...next, version: state.current.version + 1, missing: missingOf(next) };
    return { status: 200, body: state.current };
  };
  const calls = staffServer((call) => {
    const custom = extra?.(call, state);
    if (custom) return custom;
    const now = state.current;
    if (call.method === 'GET' && call.url === base) return { status: 200, body: now };
    if (call.method === 'GET' && call.url === `${base}/receipt`) {
      return { status: 200, body: now.status === 'draft' ? NOTICE : ACCEPTANCE };
    }
    if (call.method === 'POST' && call.url === `${base}/receipt/sms`) {
      return {
        status: 200,
        body: {
          kind: now.status === 'draft' ? 'notice' : 'acceptance',
          sentTo: '139****7788',
          expiresAt: '2026-12-25T02:00:00.000Z',
        },
      };
    }
    if (call.header['If-Match'] !== String(now.version)) {
      return { status: 409, body: errorBody('VERSION_CONFLICT', '办件已被更新，请刷新后重试') };
    }
    const body = call.data as Record<string, unknown>;
    if (call.method === 'PATCH' && call.url === base) {
      const data = { ...now.data };
      for (const [k, v] of Object.entries((body.data as Record<string, unknown>) ?? {})) {
        if (v === null) delete data[k];
        else data[k] = v;
      }
      const delivery = body.delivery as { method: 'window' } | { method: 'express'; address: Record<string, unknown> };
      const stored =
        delivery === undefined
          ? now.delivery
          : delivery.method === 'window'
            ? { method: 'window' as const }
            : {
                method: 'express' as const,
                address: {
                  name: String(delivery.address.name),
                  phoneMasked: '137****0001',
                  region: delivery.address.region as string[],
                  detail: String(delivery.address.detail),
                },
              };
      return save({ ...now, data, delivery: stored });
    }
    const original = /\/materials\/([a-z_]+)\/original$/.exec(call.url);
    if (call.method === 'PUT' && original) {
      const checked = body.checked === true;
      return save({
        ...now,
        materials: now.materials.map((m) => (m.code === original[1] ? { ...m, originalChecked: checked } : m)),
      });
    }
    const files = /\/materials\/([a-z_]+)$/.exec(call.url);
    if (call.method === 'PUT' && files) {
      const uploadIds = body.uploadIds as string[];
      return save({ ...now, materials: now.materials.map((m) => (m.code === files[1] ? { ...m, uploadIds } : m)) });
    }
    if (call.method === 'POST' && call.url === `${base}/accept`) {
      const gaps = (body.gaps as string[] | undefined) ?? [];
      const left = now.missing.filter((m) => !(m.materialCode && gaps.includes(m.materialCode)));
      if (left.length) {
        return {
          status: 422,
          body: errorBody(
            'INCOMPLETE',
            '申请材料不完整',
            left.map(({ gapAllowed: _g, ...m }) => m),
          ),
        };
      }
      return save({
        ...now,
        status: 'accepted',
        number: 'ZW20261125000009',
        acceptedAt: '2026-11-25T02:00:00.000Z',
        gaps,
        ...(gaps.length ? { gapsDue: (body.gapsDue as string | undefined) ?? '2026-12-02' } : {}),
      });
    }
    if (call.method === 'POST' && call.url === `${base}/refuse`) {
      const problems = [...now.missing.map(({ gapAllowed: _g, ...m }) => m), ...((body.problems as []) ?? [])];
      return save({
        ...now,
        notices: [...now.notices, { id: `n${now.notices.length + 1}`, at: '2026-11-25T02:00:00.000Z', problems }],
      });
    }
    return { status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') };
  }, me);
  return { calls, state };
}
