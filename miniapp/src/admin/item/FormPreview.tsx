import { useMemo, useState } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import { FIELD_TYPES, type FormField } from '@onetrip/shared';
import { Button, Empty } from '@/components';
import { FormFields } from '@/features/case-form/FormFields';
import { allProblems, fieldProblem, type Values } from '@/features/case-form/values';
import './preview.scss';

/** What a resident with a verified identity finds filled in (masked as the server sends it). */
const VERIFIED_PROFILE: Record<string, string> = {
  'profile.name': '王秀英',
  'profile.idNumber': '3713**********1234',
  'profile.phone': '137****0001',
};

const KNOWN_TYPES = new Set<string>(FIELD_TYPES);

/** The fields the resident's form can draw: a key (the first field with a key wins) and a known type. */
function drawable(fields: ReadonlyArray<FormField>): { shown: FormField[]; left: number } {
  const keys = new Set<string>();
  const shown = fields.filter((f) => {
    const ok = typeof f.key === 'string' && f.key.trim() !== '' && KNOWN_TYPES.has(f.type) && !keys.has(f.key);
    if (ok) keys.add(f.key);
    return ok;
  });
  return { shown, left: fields.length - shown.length };
}

/**
 * 表单预览: the form as the resident sees it, drawn by the resident's own renderer (FormFields) and
 * checked by the same rules (values.ts → shared form-field-value.ts), so a pattern or a limit can
 * be tried by typing. Problems show as typed; 检查必填 shows every one, as a refused submit does.
 */
export function FormPreview({ fields }: { fields: ReadonlyArray<FormField> }) {
  const { shown, left } = useMemo(() => drawable(fields), [fields]);
  const [typed, setTyped] = useState<Values>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [checkAll, setCheckAll] = useState(false);
  const [verified, setVerified] = useState(true);

  const values = useMemo(() => {
    const filled: Values = { ...typed };
    for (const f of shown) {
      if (f.profile && verified) filled[f.key] = VERIFIED_PROFILE[f.profile];
    }
    return filled;
  }, [typed, shown, verified]);

  const errors = useMemo(() => {
    if (checkAll) return allProblems(shown, values);
    const found: Record<string, string> = {};
    for (const f of shown) {
      const problem = touched.has(f.key) ? fieldProblem(f, values[f.key]) : null;
      if (problem) found[f.key] = problem;
    }
    return found;
  }, [checkAll, shown, values, touched]);

  const reset = () => {
    setTyped({});
    setTouched(new Set());
    setCheckAll(false);
  };

  return (
    <View id="item-preview" className="admin-preview">
      <View className="admin-preview__head">
        <Text className="admin-preview__title">表单预览</Text>
        <Text className="muted">居民看到的申请表，可以试填</Text>
      </View>
      <View className="admin-preview__tools">
        <View className="admin-preview__switch">
          <Text>已实名居民</Text>
          <Switch
            id="preview-verified"
            checked={verified}
            color="#07c160"
            onChange={(e) => setVerified(e.detail.value)}
          />
        </View>
        <Button id="preview-check" size="small" onClick={() => setCheckAll(true)}>
          检查必填
        </Button>
        <Button id="preview-reset" size="small" kind="plain" onClick={reset}>
          清空
        </Button>
      </View>
      {left > 0 ? (
        <View id="preview-hidden" className="hint">{`${left} 个字段的字段键为空或重复，暂不显示`}</View>
      ) : null}
      {shown.length === 0 ? (
        <Empty title="还没有表单字段" desc="在左侧“申请表单”中添加字段" />
      ) : (
        <FormFields
          fields={shown}
          values={values}
          errors={errors}
          onChange={(key, value) => {
            setTyped((prev) => ({ ...prev, [key]: value }));
            setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
          }}
          onBlur={() => undefined}
        />
      )}
    </View>
  );
}
