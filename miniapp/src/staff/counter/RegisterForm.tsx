import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CounterPerson } from '@onetrip/shared';
import { Button, Field, FieldError } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { registerPerson } from '@/services/counter';
import { toast } from '@/utils/toast';
import { nameProblem, phoneProblem } from '@/utils/person-checks';

/** The real-name service is down: the person can wait a moment, nothing they typed was wrong. */
const SERVICE_DOWN = '实名核验服务暂时不可用，请稍后再试';

/**
 * Registers the person of `idNumber` (or, with `person`, corrects their name or phone): name and
 * phone → POST /counter/persons, where the real-name service checks the name against the number.
 * Enter in the name goes on to the phone; Enter in the phone registers.
 */
export function RegisterForm({
  idNumber,
  person,
  onRegistered,
  onCancel,
}: {
  idNumber: string;
  person?: CounterPerson;
  onRegistered: (person: CounterPerson) => void;
  onCancel?: () => void;
}) {
  const [name, setName] = useState(person?.name ?? '');
  const [phone, setPhone] = useState('');
  const [focus, setFocus] = useState<'name' | 'phone'>('name');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const nameError = nameProblem(name);
  const phoneError = phoneProblem(phone);
  const ready = name.trim() !== '' && !nameError && phone.length === 11 && !phoneError;

  const send = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setProblem('');
    try {
      const saved = await registerPerson({ name: name.trim(), idNumber, phone });
      toast(person ? '已更新' : '已登记，实名核验通过', 'success');
      onRegistered(saved);
    } catch (e) {
      setProblem(isApiError(e) && e.code === 'UPSTREAM_UNAVAILABLE' ? SERVICE_DOWN : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View id="counter-register" className="counter-register">
      <Field
        label="姓名"
        input={{
          id: 'counter-name',
          value: name,
          maxlength: 30,
          placeholder: '与身份证一致',
          focus: focus === 'name',
          confirmType: 'next',
          onFocus: () => setFocus('name'),
          onInput: setName,
          onConfirm: () => setFocus('phone'),
        }}
        error={nameError}
        errorId="counter-name-error"
      />
      <Field
        label="手机号"
        input={{
          id: 'counter-phone',
          type: 'number',
          value: phone,
          maxlength: 11,
          placeholder: person ? `现为 ${person.phoneMasked}，请输入完整号码` : '接收受理回执和取件码短信',
          focus: focus === 'phone',
          confirmType: 'done',
          onFocus: () => setFocus('phone'),
          onInput: (text) => setPhone(text.replace(/\D/g, '')),
          onConfirm: () => void send(),
        }}
        error={phoneError}
        errorId="counter-phone-error"
      />
      {problem ? <FieldError id="counter-register-error">{problem}</FieldError> : null}
      <View className="counter-actions">
        {onCancel ? (
          <Button id="counter-register-cancel" onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button id="counter-register-send" kind="primary" disabled={!ready} loading={busy} onClick={() => void send()}>
          {person ? '保存修改' : '登记并核验实名'}
        </Button>
      </View>
    </View>
  );
}
