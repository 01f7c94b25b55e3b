import { useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { type CentreContact } from '@onetrip/shared';
import { Button, Field, FieldError, Section } from '@/components';
import { saveCentreContact } from '@/services/admin-settings';
import { toast } from '@/utils/toast';
import { fieldProblems } from '../common/field-problems';

const FIELDS = ['name', 'address', 'phone'] as const;
const EMPTY: CentreContact = { name: '', address: '', phone: '' };

/** 中心名称、地址和电话: printed on receipts and posters and named in texts to residents. */
export function CentreSection({ saved, onSaved }: { saved: CentreContact | null; onSaved: () => void }) {
  const [form, setForm] = useState<CentreContact>(saved ?? EMPTY);
  const [problems, setProblems] = useState<ReturnType<typeof fieldProblems>>({ byPath: {}, general: null });
  const [busy, setBusy] = useState(false);
  useEffect(() => setForm(saved ?? EMPTY), [saved]);

  const field = (key: (typeof FIELDS)[number], label: string, placeholder: string) => (
    <Field
      label={label}
      error={problems.byPath[key]}
      errorId={`centre-${key}-error`}
      input={{
        id: `centre-${key}`,
        value: form[key],
        placeholder,
        maxlength: key === 'address' ? 120 : 40,
        onInput: (value) => setForm({ ...form, [key]: value }),
      }}
    />
  );
  const save = async () => {
    setBusy(true);
    try {
      await saveCentreContact({ name: form.name.trim(), address: form.address.trim(), phone: form.phone.trim() });
      setProblems({ byPath: {}, general: null });
      toast('已保存', 'success');
      onSaved();
    } catch (e) {
      setProblems(fieldProblems(e, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="centre-section" title="中心名称、地址和电话（回执、海报和短信中使用）">
      {field('name', '中心名称', '如 莒南县政务服务中心')}
      {field('address', '地址', '如 莒南县人民路 1 号')}
      {field('phone', '咨询电话', '如 0539-7211234')}
      {problems.general ? <FieldError id="centre-error">{problems.general}</FieldError> : null}
      <View className="admin-toolbar">
        <Button id="centre-save" kind="primary" loading={busy} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </Section>
  );
}
