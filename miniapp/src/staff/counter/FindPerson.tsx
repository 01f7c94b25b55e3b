import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CounterPerson } from '@onetrip/shared';
import { Button, Field, FieldError, Section } from '@/components';
import { errorMessage } from '@/services/api-error';
import { lookupPerson } from '@/services/counter';
import { cx } from '@/utils/cx';
import { idNumberFeedback } from '@/utils/person-checks';
import { RegisterForm } from './RegisterForm';

/** Who the clerk is serving: found by ID number, or registered here. */
export interface Found {
  idNumber: string;
  person: CounterPerson;
}

/**
 * 找人: the ID number on the card (GB 11643 judged as typed, the birth date shown when right), then
 * POST /counter/persons/lookup on 查询 or Enter. Nobody with that number: the register form (name and
 * phone; the number is already given).
 */
export function FindPerson({ onFound }: { onFound: (found: Found) => void }) {
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [unknown, setUnknown] = useState(false);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const feedback = idNumberFeedback(text);
  const idNumber = text.trim().toUpperCase();

  const lookup = async () => {
    if (feedback.state !== 'ok' || busy) return;
    setBusy(true);
    setProblem('');
    try {
      const { person } = await lookupPerson(idNumber);
      setAsked(idNumber);
      if (person) onFound({ idNumber, person });
      else setUnknown(true);
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Section id="counter-lookup-section" title="找人：输入申请人身份证号">
        <Field
          label="身份证号"
          input={{
            id: 'counter-id',
            type: 'idcard',
            value: text,
            maxlength: 18,
            focus: true,
            confirmType: 'search',
            placeholder: '18 位身份证号，回车查询',
            onInput: (value) => {
              setText(value);
              setUnknown(false);
              setProblem('');
            },
            onConfirm: () => void lookup(),
          }}
          hint={
            feedback.state !== 'empty' ? (
              <View
                id="counter-id-feedback"
                className={cx('counter-id-feedback', `counter-id-feedback--${feedback.state}`)}
              >
                {feedback.state === 'ok' ? '✓ ' : ''}
                {feedback.message}
              </View>
            ) : null
          }
        />
        {problem ? <FieldError id="counter-lookup-error">{problem}</FieldError> : null}
        <View className="counter-actions">
          <Button
            id="counter-lookup"
            kind="primary"
            disabled={feedback.state !== 'ok'}
            loading={busy}
            onClick={() => void lookup()}
          >
            查询
          </Button>
        </View>
      </Section>
      {unknown && asked === idNumber ? (
        <Section id="counter-unknown" title="未找到登记信息，请现场登记">
          <RegisterForm idNumber={idNumber} onRegistered={(person) => onFound({ idNumber, person })} />
        </Section>
      ) : null}
    </>
  );
}
