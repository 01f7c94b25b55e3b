import { useState, type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, caseGaps, materialUploaded, type ApplicationView } from '@onetrip/shared';
import { Empty } from '@/components';
import { namedSteps, rememberBaseline, supplementChanges, supplementPlan, STEP_REVIEW } from '@/features/supplement';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';

export const STEPS = ['填写信息', '上传材料', '领取方式', '确认提交'] as const;

/** Only a draft, or a case sent back for 补正, can be changed. */
export function isEditable(view: ApplicationView): boolean {
  return view.status === 'draft' || view.status === 'supplement_required';
}

/**
 * Which of the first three steps are complete, by the one rule of what a case lacks (shared `caseGaps`,
 * the server's submit check): every required field filled, a delivery chosen, every required material
 * uploaded (every side of one photographed in parts), held by the centre or a signed 容缺 gap. The review
 * is complete only once submitted.
 */
export function stepsComplete(view: ApplicationView): boolean[] {
  const gaps = caseGaps({
    fields: view.form.fields,
    data: view.data,
    delivery: view.delivery,
    materials: view.materials.map((m) => ({ ...m, present: materialUploaded(m) || m.heldBy !== undefined })),
    committed: view.commitment !== undefined,
  });
  return [gaps.fields.length === 0, gaps.materials.length === 0, !gaps.delivery, false];
}

/** How a step is marked: ✓ done, ! to fix (incomplete behind, or named by the notice), or its number. */
type StepState = 'done' | 'warn' | 'todo';

function stepStates(view: ApplicationView, step: number): StepState[] {
  const complete = stepsComplete(view);
  const plan = supplementPlan(view);
  if (plan) {
    // 补正: the steps the notice names are to fix until acted on; the others need no change.
    const named = namedSteps(plan);
    const changes = supplementChanges(view, plan);
    const fixed = (kind: string) => changes.filter((c) => c.kind === kind).every((c) => c.changed === true);
    const kinds = ['field', 'material', 'delivery'];
    return STEPS.map((_, i) => {
      if (i === STEP_REVIEW) return 'todo';
      if (!complete[i]) return 'warn';
      return named[i] && !fixed(kinds[i] ?? '') ? 'warn' : 'done';
    });
  }
  return STEPS.map((_, i) => (complete[i] ? 'done' : i < step ? 'warn' : 'todo'));
}

/** 办件编号 of a submitted case: every screen of it shows the number. */
export function CaseNumberBar({ view }: { view: ApplicationView }) {
  if (!view.number) return null;
  return (
    <View className="number-bar">
      <Text className="number-bar__label">办件编号</Text>
      <Text id="case-number" className="number-bar__value">
        {view.number}
      </Text>
      <Text className="number-bar__status">{CASE_STATUS_LABELS[view.status]}</Text>
    </View>
  );
}

const MARKS: Record<StepState, string | null> = { done: '✓', warn: '!', todo: null };

/**
 * The four steps, the number when there is one, and a stop sign when the case can no longer change.
 * A step is ticked only when it is complete; one left incomplete behind the current step, or named by
 * a 补正 notice and not yet changed, shows a warning mark.
 */
export function ApplyFrame({ view, step, children }: PropsWithChildren<{ view: ApplicationView; step: number }>) {
  // 补正: what the named things hold before any change (if the case page has not kept it already),
  // kept before the step first renders, so its marks compare against it from the start.
  useState(() => rememberBaseline(view));
  const states = stepStates(view, step);
  return (
    <View>
      <CaseNumberBar view={view} />
      <View id="apply-steps" className="steps-bar">
        {STEPS.map((label, i) => {
          const state = states[i] ?? 'todo';
          return (
            <View
              key={label}
              id={`apply-step-${i}`}
              data-state={state}
              className={cx(
                'steps-bar__step',
                i === step && 'steps-bar__step--on',
                state === 'done' && 'steps-bar__step--done',
                state === 'warn' && 'steps-bar__step--warn',
              )}
            >
              <Text className="steps-bar__no">{MARKS[state] ?? i + 1}</Text>
              <Text className="steps-bar__label">{label}</Text>
            </View>
          );
        })}
      </View>
      {view.chain ? (
        <View className="hint">
          一链办理：{view.chain.name}（{view.items.length} 个事项，一张表单、一套材料）
        </View>
      ) : null}
      {isEditable(view) ? (
        children
      ) : (
        <Empty
          id="apply-locked"
          icon="!"
          title={`办件${CASE_STATUS_LABELS[view.status]}，不能再修改`}
          desc="可在办件详情查看进度"
          actionText="查看办件"
          onAction={() => void Taro.redirectTo({ url: PAGES.caseDetail(view.id) })}
        />
      )}
    </View>
  );
}
