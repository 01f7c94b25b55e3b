import { type PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationView } from '@onetrip/shared';
import { Empty } from '@/components';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';

export const STEPS = ['填写信息', '上传材料', '领取方式', '确认提交'] as const;

/** Only a draft, or a case sent back for 补正, can be changed. */
export function isEditable(view: ApplicationView): boolean {
  return view.status === 'draft' || view.status === 'supplement_required';
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

/** The four steps, the number when there is one, and a stop sign when the case can no longer change. */
export function ApplyFrame({ view, step, children }: PropsWithChildren<{ view: ApplicationView; step: number }>) {
  return (
    <View>
      <CaseNumberBar view={view} />
      <View id="apply-steps" className="steps-bar">
        {STEPS.map((label, i) => (
          <View
            key={label}
            className={cx('steps-bar__step', i === step && 'steps-bar__step--on', i < step && 'steps-bar__step--done')}
          >
            <Text className="steps-bar__no">{i < step ? '✓' : i + 1}</Text>
            <Text className="steps-bar__label">{label}</Text>
          </View>
        ))}
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
