import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type CounterCaseView } from '@onetrip/shared';
import { Tag } from '@/components';
import { statusTone } from '@/utils/labels';

/** The departments the case goes to, in the order of its items: each approves its own in parallel. */
export function departmentsOf(view: CounterCaseView): string[] {
  return [...new Set(view.items.map((i) => i.department))];
}

/** Whose case, what for, which departments; its number once accepted. */
export function CaseHead({ view }: { view: CounterCaseView }) {
  const applicant = view.applicant;
  const departments = departmentsOf(view);
  return (
    <View id="counter-head" className="counter-head">
      <View className="counter-head__top">
        <Text className="counter-head__title">
          {view.chain ? `一链办理：${view.chain.name}` : view.items.map((i) => i.name).join('、')}
        </Text>
        <Tag tone={statusTone(view.status)}>
          <Text id="counter-status">{CASE_STATUS_LABELS[view.status]}</Text>
        </Tag>
      </View>
      {view.number ? (
        <View className="counter-head__number">
          <Text className="muted">办件编号 </Text>
          <Text id="case-number">{view.number}</Text>
        </View>
      ) : null}
      {applicant ? (
        <View id="counter-applicant" className="muted">
          {`申请人 ${applicant.name} · 身份证 ${applicant.idNumberMasked} · 手机 ${applicant.phoneMasked}`}
        </View>
      ) : null}
      <View className="muted">
        {`${view.items.length} 个事项 · ${departments.join('、')}${departments.length > 1 ? '（受理后并联审批）' : ''}`}
        {view.counter?.hall ? ` · ${view.counter.hall}` : ''}
      </View>
      {view.notices.length && view.status === 'draft' ? (
        <View id="counter-noticed" className="counter-head__noticed">
          {`已出具一次性告知书 ${view.notices.length} 次；补齐后可继续受理`}
        </View>
      ) : null}
    </View>
  );
}
