import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Cell, Section, Tag } from '@/components';
import {
  stepUrl,
  supplementChanges,
  STEP_DELIVERY,
  STEP_FORM,
  STEP_MATERIALS,
  type SupplementChange,
  type SupplementPlan,
} from '@/features/supplement';

const KIND_WORDS: Record<SupplementChange['kind'], string> = {
  field: '信息',
  material: '材料',
  delivery: '',
  other: '',
};

const STEP_OF: Partial<Record<SupplementChange['kind'], number>> = {
  field: STEP_FORM,
  material: STEP_MATERIALS,
  delivery: STEP_DELIVERY,
};

function state(change: SupplementChange) {
  if (change.changed === true) return <Tag tone="green">已修改</Tag>;
  if (change.changed === false) return <Tag tone="orange">未修改</Tag>;
  return <Tag tone="grey">请确认</Tag>;
}

/** 补正 before resubmitting: each problem of the notice, what it asked, and whether it was changed. */
export function SupplementReview({ view, plan }: { view: ApplicationView; plan: SupplementPlan }) {
  const changes = supplementChanges(view, plan);
  const open = changes.filter((c) => c.changed === false).length;
  return (
    <Section id="review-supplement" title={`对照补正告知（共 ${changes.length} 项）`}>
      {changes.map((c) => {
        const step = STEP_OF[c.kind];
        const kind = KIND_WORDS[c.kind];
        return (
          <Cell
            key={`${c.kind}-${c.key}`}
            id={`supplement-${c.kind}-${c.key}`}
            title={kind ? `${kind}：${c.name}` : c.name}
            desc={`补正要求：${c.reason}`}
            value={state(c)}
            {...(step === undefined ? {} : { onClick: () => void Taro.navigateTo({ url: stepUrl(view.id, step) }) })}
          />
        );
      })}
      <View id="review-supplement-summary" className={open ? 'hint next-reason' : 'hint'}>
        {open
          ? `还有 ${open} 项未修改，请点对应一项去修改；确认无需修改也可直接提交。`
          : '告知的问题已处理，请确认后重新提交。'}
      </View>
    </Section>
  );
}
