import { View } from '@tarojs/components';
import { Field } from '@/components';
import { cx } from '@/utils/cx';
import { idNumberFeedback, nameProblem, phoneProblem } from '@/utils/person-checks';
import { type ApplicantDraft } from '../common/applicant';

interface ApplicantFormProps {
  value: ApplicantDraft;
  onChange: (next: ApplicantDraft) => void;
  disabled?: boolean;
}

/**
 * The resident the agent applies for: name, ID number (GB 11643 checked as it is typed, the birth
 * date shown once right) and a phone number for the resident's text messages.
 */
export function ApplicantForm({ value, onChange, disabled }: ApplicantFormProps) {
  const id = idNumberFeedback(value.idNumber);
  const nameError = nameProblem(value.name);
  const phoneError = phoneProblem(value.phone);
  const set = (key: keyof ApplicantDraft) => (text: string) => onChange({ ...value, [key]: text });

  return (
    <View id="agent-applicant" className="agent-applicant">
      <Field
        label="姓名"
        input={{
          id: 'agent-applicant-name',
          value: value.name,
          maxlength: 30,
          disabled,
          placeholder: '与居民身份证一致',
          onInput: set('name'),
        }}
        error={nameError}
        errorId="agent-name-error"
      />
      <Field
        label="身份证号"
        input={{
          id: 'agent-applicant-id',
          type: 'idcard',
          value: value.idNumber,
          maxlength: 18,
          disabled,
          placeholder: '18 位身份证号',
          onInput: set('idNumber'),
        }}
        hint={
          id.state !== 'empty' ? (
            <View id="agent-id-feedback" className={cx('agent-id-feedback', `agent-id-feedback--${id.state}`)}>
              {id.state === 'ok' ? '✓ ' : ''}
              {id.message}
            </View>
          ) : null
        }
      />
      <Field
        label="手机号"
        input={{
          id: 'agent-applicant-phone',
          type: 'number',
          value: value.phone,
          maxlength: 11,
          disabled,
          placeholder: '居民本人或家属手机，接收办理短信',
          onInput: set('phone'),
        }}
        error={phoneError}
        errorId="agent-phone-error"
      />
    </View>
  );
}
