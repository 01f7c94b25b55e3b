import Taro from '@tarojs/taro';
import { type ApplicationView } from '@onetrip/shared';
import { PAGES } from '@/utils/navigation';

type Notice = ApplicationView['notices'][number];

/**
 * 补正: what the latest one-time notice (一次性告知) names, step by step, so each step of the
 * application shows exactly that — the named form fields, the named materials, the delivery
 * choice (the notice's pseudo-field `delivery`) — each with the notice's reason.
 */
export interface SupplementPlan {
  notice: Notice;
  /** form field key → the notice's reason (two problems on one field: both reasons) */
  fields: Record<string, string>;
  /** material code → the notice's reason */
  materials: Record<string, string>;
  /** the delivery choice was named: its reason */
  delivery: string | null;
  /** problems about nothing the steps hold (the paper authorization of an agent's case, a field gone) */
  other: { name: string; reason: string }[];
}

/** The application's steps, as ApplyFrame numbers them. */
export const STEP_FORM = 0;
export const STEP_MATERIALS = 1;
export const STEP_DELIVERY = 2;
export const STEP_REVIEW = 3;

/** The 下一步 button's words by the step it leads to. */
export const STEP_NEXT_LABELS: Record<number, string> = {
  [STEP_MATERIALS]: '上传材料',
  [STEP_DELIVERY]: '选择领取方式',
  [STEP_REVIEW]: '确认提交',
};

const add = (to: Record<string, string>, key: string, reason: string) => {
  to[key] = to[key] ? `${to[key]}；${reason}` : reason;
};

/** The plan of a case waiting for 补正 (its latest notice), or null for any other case. */
export function supplementPlan(view: ApplicationView): SupplementPlan | null {
  const notice = view.notices[view.notices.length - 1];
  if (view.status !== 'supplement_required' || !notice) return null;
  const plan: SupplementPlan = { notice, fields: {}, materials: {}, delivery: null, other: [] };
  const hasField = (key: string) => view.form.fields.some((f) => f.key === key);
  for (const p of notice.problems) {
    if (p.materialCode && view.materials.some((m) => m.code === p.materialCode))
      add(plan.materials, p.materialCode, p.reason);
    else if (p.field && hasField(p.field)) add(plan.fields, p.field, p.reason);
    else if (p.field === 'delivery') plan.delivery = plan.delivery ? `${plan.delivery}；${p.reason}` : p.reason;
    else plan.other.push({ name: p.materialCode === 'authorization' ? '纸质授权委托书' : '其他', reason: p.reason });
  }
  return plan;
}

/** Which steps the notice names something on: [form, materials, delivery, review (always)]. */
export function namedSteps(plan: SupplementPlan): boolean[] {
  return [Object.keys(plan.fields).length > 0, Object.keys(plan.materials).length > 0, plan.delivery !== null, true];
}

/** The first step after `from` the notice names something on (the review when none is left). */
export function nextNamedStep(plan: SupplementPlan, from: number): number {
  const named = namedSteps(plan);
  for (let i = from + 1; i < STEP_REVIEW; i += 1) if (named[i]) return i;
  return STEP_REVIEW;
}

/** The page of a step of case `id`; the form opened for 补正 shows its problems at once (`check=1`). */
export function stepUrl(id: string, step: number): string {
  if (step === STEP_FORM) return PAGES.applyForm(id, true);
  if (step === STEP_MATERIALS) return PAGES.applyMaterials(id);
  if (step === STEP_DELIVERY) return PAGES.applyDelivery(id);
  return PAGES.applyReview(id);
}

/** 去补正: straight to the first step the notice names something on. */
export function supplementStartUrl(view: ApplicationView): string {
  const plan = supplementPlan(view);
  return stepUrl(view.id, plan ? nextNamedStep(plan, STEP_FORM - 1) : STEP_FORM);
}

/** What the named things were when the notice came, on this phone: what the review compares against. */
interface Baseline {
  fields: Record<string, unknown>;
  materials: Record<string, string[]>;
  delivery: string | null;
}

const BASE_KEY = (noticeId: string) => `onetrip.supplementBase.${noticeId}`;

function readBaseline(noticeId: string): Baseline | null {
  const raw: unknown = Taro.getStorageSync(BASE_KEY(noticeId));
  if (typeof raw !== 'string' || !raw) return null;
  try {
    return JSON.parse(raw) as Baseline;
  } catch {
    return null;
  }
}

/**
 * Keeps what the named fields, materials and delivery hold the first time the case is seen waiting
 * for this notice (nothing can change them before: the case was not editable), once per notice.
 */
export function rememberBaseline(view: ApplicationView): void {
  const plan = supplementPlan(view);
  if (!plan || readBaseline(plan.notice.id)) return;
  const base: Baseline = {
    fields: Object.fromEntries(Object.keys(plan.fields).map((k) => [k, view.data[k] ?? null])),
    materials: Object.fromEntries(
      Object.keys(plan.materials).map((code) => [code, view.materials.find((m) => m.code === code)?.uploadIds ?? []]),
    ),
    delivery: view.delivery?.method ?? null,
  };
  try {
    Taro.setStorageSync(BASE_KEY(plan.notice.id), JSON.stringify(base));
  } catch {
    // storage full: the review then judges materials by their upload time only
  }
}

/** An upload's time from its id (an ObjectId starts with its creation second). */
const uploadTime = (id: string) => parseInt(id.slice(0, 8), 16) * 1000;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export interface SupplementChange {
  kind: 'field' | 'material' | 'delivery' | 'other';
  key: string;
  name: string;
  reason: string;
  /** null when the phone cannot tell (another problem, or no record of the value before) */
  changed: boolean | null;
}

/**
 * Each problem of the notice with whether it was acted on: a material with a file uploaded after the
 * notice (or other files than before), a field or the delivery choice that differs from before.
 */
export function supplementChanges(view: ApplicationView, plan: SupplementPlan): SupplementChange[] {
  const base = readBaseline(plan.notice.id);
  const noticeAt = Date.parse(plan.notice.at);
  const rows: SupplementChange[] = [];
  for (const [key, reason] of Object.entries(plan.fields)) {
    const name = view.form.fields.find((f) => f.key === key)?.label ?? key;
    const changed = base && key in base.fields ? !same(base.fields[key], view.data[key]) : null;
    rows.push({ kind: 'field', key, name, reason, changed });
  }
  for (const [code, reason] of Object.entries(plan.materials)) {
    const material = view.materials.find((m) => m.code === code);
    const ids = material?.uploadIds ?? [];
    const newer = ids.some((id) => uploadTime(id) >= Math.floor(noticeAt / 1000) * 1000);
    const before = base?.materials[code];
    const changed = newer || (before !== undefined && !same(before, ids));
    rows.push({ kind: 'material', key: code, name: material?.name ?? code, reason, changed });
  }
  if (plan.delivery !== null) {
    const changed = base ? base.delivery !== (view.delivery?.method ?? null) : null;
    rows.push({ kind: 'delivery', key: 'delivery', name: '领取方式', reason: plan.delivery, changed });
  }
  plan.other.forEach((o, i) =>
    rows.push({ kind: 'other', key: String(i), name: o.name, reason: o.reason, changed: null }),
  );
  return rows;
}
