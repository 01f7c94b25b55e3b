import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, FooterBar } from '@/components';
import { FormFields } from '@/features/case-form/FormFields';
import { SaveStatusLine } from '@/features/case-form/SaveStatusLine';
import { useFormDraft, type SaveFormData } from '@/features/case-form/use-form-draft';
import { useShownProblems } from '@/features/case-form/use-shown-problems';
import { type CaseState } from '@/hooks/use-case';
import { patchApplication } from '@/services/applications';
import {
  nextNamedStep,
  stepUrl,
  supplementPlan,
  STEP_FORM,
  STEP_MATERIALS,
  STEP_NEXT_LABELS,
} from '@/features/supplement';
import { Fold } from '../common/Fold';
import { NoticeBanner } from '../common/NoticeBanner';
import { toast } from '@/utils/toast';

const saveData: SaveFormData<ApplicationView> = (id, version, data) => patchApplication(id, version, { data });

/**
 * The form of a loaded case. Problems show as the user types (phone and ID numbers once complete
 * or left); `check` (back from a refused submit) shows every problem at once, required ones too.
 */
export function ApplyForm({ caseState, check }: { caseState: CaseState; check: boolean }) {
  const view = caseState.data as ApplicationView;
  const fields = view.form.fields;
  const draft = useFormDraft(caseState, saveData);
  const [showAll, setShowAll] = useState(check);
  const [going, setGoing] = useState(false);
  const { errors, onBlur } = useShownProblems(fields, draft, showAll);

  // 补正: only what the notice names is shown (with its reason); the other fields wait folded.
  const plan = supplementPlan(view);
  const named = plan ? fields.filter((f) => plan.fields[f.key] !== undefined) : fields;
  const others = plan ? fields.filter((f) => plan.fields[f.key] === undefined) : [];
  const nextStep = plan ? nextNamedStep(plan, STEP_FORM) : STEP_MATERIALS;
  const prefill = view.submittedBy.role === 'agent' ? 'agent' : 'profile';
  const common = { values: draft.values, errors, onChange: draft.setValue, onBlur, prefill } as const;

  const next = async () => {
    setGoing(true);
    try {
      const saved = await draft.flush();
      if (!saved) {
        setShowAll(true);
        toast('请先修改标红的内容');
        return;
      }
      await Taro.navigateTo({ url: stepUrl(view.id, nextStep) });
    } finally {
      setGoing(false);
    }
  };

  return (
    <View>
      <SaveStatusLine status={draft.status} onRetry={() => void draft.flush()} />
      {plan ? <NoticeBanner id="notice-form" named={named.length} what="信息" /> : null}
      {named.length > 0 ? <FormFields fields={named} notes={plan?.fields} {...common} /> : null}
      {others.length > 0 ? (
        <Fold id="form-others" title={`其他信息（无需修改，共 ${others.length} 项）`}>
          <FormFields id="apply-form-others" fields={others} {...common} />
        </Fold>
      ) : null}
      <View className="hint">带 * 的为必填项；暂时不全也可以先保存，提交前补齐即可。</View>
      <FooterBar>
        <Button id="form-next" kind="primary" block loading={going} onClick={() => void next()}>
          {`下一步：${STEP_NEXT_LABELS[nextStep] ?? '上传材料'}`}
        </Button>
      </FooterBar>
    </View>
  );
}
