import { View } from '@tarojs/components';
import { type CounterCaseView } from '@onetrip/shared';
import { Section } from '@/components';
import { FormFields } from '@/features/case-form/FormFields';
import { SaveStatusLine } from '@/features/case-form/SaveStatusLine';
import { type FormDraft } from '@/features/case-form/use-form-draft';
import { useShownProblems } from '@/features/case-form/use-shown-problems';

/**
 * The one form of the case, rendered and saved as in the resident's flow: what the counter registered
 * (name, ID number, phone) is filled in already and not asked again. `showAll` once 受理 found
 * something to fix.
 */
export function IntakeForm({ view, draft, showAll }: { view: CounterCaseView; draft: FormDraft; showAll: boolean }) {
  const fields = view.form.fields;
  const { errors, onBlur } = useShownProblems(fields, draft, showAll);
  return (
    <Section id="counter-form" title="一、填写信息（一张表单，多个事项共用）">
      <SaveStatusLine status={draft.status} onRetry={() => void draft.flush()} />
      <FormFields
        fields={fields}
        values={draft.values}
        errors={errors}
        onChange={draft.setValue}
        onBlur={onBlur}
        prefill="counter"
      />
      <View className="hint">带 * 的为必填项；填写后自动保存，回车跳到下一项。</View>
    </Section>
  );
}
