import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CounterAddress } from '@onetrip/shared';
import { Button, Field, FieldError } from '@/components';
import { RegionInput } from '@/platform/region';
import { addressProblem } from '@/utils/address';

const POSTCODE = /^[0-9]{6}$/;

/** The first problem of an address typed at the counter (the shared `CounterAddress` rules), or ''. */
export function counterAddressProblem(address: CounterAddress): string {
  const problem = addressProblem(address);
  if (problem) return problem;
  return address.postcode && !POSTCODE.test(address.postcode) ? '邮编为6位数字' : '';
}

type Box = 'name' | 'phone' | 'detail' | 'postcode';
const ORDER: Box[] = ['name', 'phone', 'detail', 'postcode'];

/**
 * Where to send the certificate, typed at the counter (a walk-in has no saved addresses here): the
 * recipient, a mobile for the courier, 省市区县, the street and an optional postcode. Enter moves on;
 * Enter in the last box saves.
 */
export function AddressForm({
  saving,
  onSave,
  onCancel,
}: {
  saving: boolean;
  onSave: (address: CounterAddress) => void;
  onCancel?: () => void;
}) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [region, setRegion] = useState<string[]>(['', '', '']);
  const [detail, setDetail] = useState('');
  const [postcode, setPostcode] = useState('');
  const [focus, setFocus] = useState<Box | ''>('');
  const [problem, setProblem] = useState('');

  const save = () => {
    const [province = '', city = '', county = ''] = region.map((part) => part.trim());
    const address: CounterAddress = {
      name: name.trim(),
      phone,
      region: [province, city, county],
      detail: detail.trim(),
      ...(postcode ? { postcode } : {}),
    };
    const invalid = counterAddressProblem(address);
    setProblem(invalid);
    if (!invalid) onSave(address);
  };
  const keys = (box: Box) => ({
    focus: focus === box,
    confirmType: box === 'postcode' ? ('done' as const) : ('next' as const),
    onFocus: () => setFocus(box),
    onConfirm: () => (box === 'postcode' ? save() : setFocus(ORDER[ORDER.indexOf(box) + 1] ?? '')),
  });

  return (
    <View id="counter-address" className="address-form">
      <Field
        label="收件人"
        input={{
          id: 'counter-address-name',
          value: name,
          maxlength: 30,
          placeholder: '姓名',
          onInput: setName,
          ...keys('name'),
        }}
      />
      <Field
        label="手机号"
        input={{
          id: 'counter-address-phone',
          type: 'number',
          value: phone,
          maxlength: 11,
          placeholder: '收件人手机，快递员联系用',
          onInput: (text) => setPhone(text.replace(/\D/g, '')),
          ...keys('phone'),
        }}
      />
      <Field label="所在地区">
        <RegionInput id="counter-address-region" value={region} onChange={setRegion} />
      </Field>
      <Field
        label="详细地址"
        input={{
          id: 'counter-address-detail',
          value: detail,
          maxlength: 120,
          placeholder: '街道、门牌号',
          onInput: setDetail,
          ...keys('detail'),
        }}
      />
      <Field
        label="邮编"
        input={{
          id: 'counter-address-postcode',
          type: 'number',
          value: postcode,
          maxlength: 6,
          placeholder: '选填',
          onInput: (text) => setPostcode(text.replace(/\D/g, '')),
          ...keys('postcode'),
        }}
      />
      {problem ? <FieldError id="counter-address-error">{problem}</FieldError> : null}
      <View className="address-form__actions">
        {onCancel ? (
          <Button size="small" onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button id="counter-address-save" kind="primary" size="small" loading={saving} onClick={save}>
          保存并使用
        </Button>
      </View>
    </View>
  );
}
