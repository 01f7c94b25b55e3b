import { Input, Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import { idNumberFeedback, nameProblem, phoneProblem, type ApplicantDraft } from '../common/applicant';

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
  const set = (key: keyof ApplicantDraft) => (e: { detail: { value: string } }) =>
    onChange({ ...value, [key]: e.detail.value });

  return (
    <View id="agent-applicant" className="agent-applicant">
      <View className="field">
        <Text className="field__label">姓名</Text>
        <Input
          id="agent-applicant-name"
          className="field__input"
          value={value.name}
          maxlength={30}
          disabled={disabled}
          placeholder="与居民身份证一致"
          placeholderClass="field__placeholder"
          onInput={set('name')}
        />
      </View>
      {nameError ? (
        <View id="agent-name-error" className="field__error">
          {nameError}
        </View>
      ) : null}
      <View className="field">
        <Text className="field__label">身份证号</Text>
        <Input
          id="agent-applicant-id"
          className="field__input"
          type="idcard"
          value={value.idNumber}
          maxlength={18}
          disabled={disabled}
          placeholder="18 位身份证号"
          placeholderClass="field__placeholder"
          onInput={set('idNumber')}
        />
      </View>
      {id.state !== 'empty' ? (
        <View id="agent-id-feedback" className={cx('agent-id-feedback', `agent-id-feedback--${id.state}`)}>
          {id.state === 'ok' ? '✓ ' : ''}
          {id.message}
        </View>
      ) : null}
      <View className="field">
        <Text className="field__label">手机号</Text>
        <Input
          id="agent-applicant-phone"
          className="field__input"
          type="number"
          value={value.phone}
          maxlength={11}
          disabled={disabled}
          placeholder="居民本人或家属手机，接收办理短信"
          placeholderClass="field__placeholder"
          onInput={set('phone')}
        />
      </View>
      {phoneError ? (
        <View id="agent-phone-error" className="field__error">
          {phoneError}
        </View>
      ) : null}
    </View>
  );
}
