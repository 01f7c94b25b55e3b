import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type ApplicationView } from '@onetrip/shared';
import { Button, FooterBar } from '@/components';
import { FormFields } from '@/features/case-form/FormFields';
import { SaveStatusLine } from '@/features/case-form/SaveStatusLine';
import { useFormDraft, type SaveFormData } from '@/features/case-form/use-form-draft';
import { allProblems, fieldProblem } from '@/features/case-form/values';
import { type CaseState } from '@/hooks/use-case';
import { patchApplication } from '@/services/applications';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';

const saveData: SaveFormData<ApplicationView> = (id, version, data) => patchApplication(id, version, { data });

const FULL_LENGTH: Partial<Record<string, number>> = { phone: 11, idNumber: 18 };

/**
 * The form of a loaded case. Problems show as the user types (phone and ID numbers once complete
 * or left); `check` (back from a refused submit) shows every problem at once, required ones too.
 */
export function ApplyForm({ caseState, check }: { caseState: CaseState; check: boolean }) {
  const view = caseState.data as ApplicationView;
  const fields = view.form.fields;
  const draft = useFormDraft(caseState, saveData);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(check);
  const [going, setGoing] = useState(false);

  const errors = useMemo(() => {
    if (showAll) return allProblems(fields, draft.values);
    const shown: Record<string, string> = {};
    for (const field of fields) {
      if (!draft.touched.has(field.key)) continue;
      const value = draft.values[field.key];
      const full = FULL_LENGTH[field.type];
      if (full && !left.has(field.key) && String(value ?? '').length < full) continue;
      const problem = fieldProblem(field, value);
      if (problem) shown[field.key] = problem;
    }
    return shown;
  }, [showAll, fields, draft.values, draft.touched, left]);

  const next = async () => {
    setGoing(true);
    try {
      const saved = await draft.flush();
      if (!saved) {
        setShowAll(true);
        toast('请先修改标红的内容');
        return;
      }
      await Taro.navigateTo({ url: PAGES.applyMaterials(view.id) });
    } finally {
      setGoing(false);
    }
  };

  return (
    <View>
      <SaveStatusLine status={draft.status} onRetry={() => void draft.flush()} />
      <FormFields
        fields={fields}
        values={draft.values}
        errors={errors}
        onChange={draft.setValue}
        onBlur={(key) => setLeft((prev) => (prev.has(key) ? prev : new Set(prev).add(key)))}
        prefill={view.submittedBy.role === 'agent' ? 'agent' : 'profile'}
      />
      <View className="hint">带 * 的为必填项；暂时不全也可以先保存，提交前补齐即可。</View>
      <FooterBar>
        <Button id="form-next" kind="primary" block loading={going} onClick={() => void next()}>
          下一步：上传材料
        </Button>
      </FooterBar>
    </View>
  );
}
