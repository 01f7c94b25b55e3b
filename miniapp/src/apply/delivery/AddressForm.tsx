import { useState } from 'react';
import { View } from '@tarojs/components';
import { type AddressBody, type AddressView } from '@onetrip/shared';
import { Button, Field, FieldError } from '@/components';
import { RegionInput } from '@/platform/region';
import { addAddress } from '@/services/auth';
import { addressProblem } from '@/utils/address';

/** A new delivery address → POST /me/addresses. */
export function AddressForm({ onSaved, onCancel }: { onSaved: (a: AddressView) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [region, setRegion] = useState<string[]>(['', '', '']);
  const [detail, setDetail] = useState('');
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const [province = '', city = '', county = ''] = region;
    const body: AddressBody = {
      name: name.trim(),
      phone,
      region: [province.trim(), city.trim(), county.trim()],
      detail: detail.trim(),
    };
    const invalid = addressProblem(body);
    setProblem(invalid);
    if (invalid) return;
    setSaving(true);
    try {
      onSaved(await addAddress(body));
    } catch {
      // request.ts has shown why
    } finally {
      setSaving(false);
    }
  };

  return (
    <View id="address-form" className="address-form">
      <Field
        label="收件人"
        input={{ id: 'address-name', value: name, maxlength: 30, placeholder: '姓名', onInput: setName }}
      />
      <Field
        label="手机号"
        input={{
          id: 'address-phone',
          type: 'number',
          maxlength: 11,
          value: phone,
          placeholder: '11 位手机号',
          onInput: (text) => setPhone(text.replace(/\D/g, '')),
        }}
      />
      <Field label="所在地区">
        <RegionInput id="address-region" value={region} onChange={setRegion} />
      </Field>
      <Field
        label="详细地址"
        input={{ id: 'address-detail', value: detail, maxlength: 120, placeholder: '街道、门牌号', onInput: setDetail }}
      />
      {problem ? <FieldError id="address-error">{problem}</FieldError> : null}
      <View className="address-form__actions">
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
        <Button id="address-save" kind="primary" size="small" loading={saving} onClick={() => void save()}>
          保存并使用
        </Button>
      </View>
    </View>
  );
}
