import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { checkIdNumber, ID_NUMBER_MESSAGES, type ProfileView } from '@onetrip/shared';
import { Button, Field } from '@/components';
import { useConsentPrompt } from '@/features/consent';
import { PhoneField, type PhoneGrant } from '@/platform/phone';
import { saveProfile } from '@/services/auth';

/**
 * 实名认证, once: name, ID number (GB 11643, checked as it is typed) and phone → PUT /me/profile.
 * The name is only checked for length here; the server's rule and the real-name check answer the rest.
 * The ID number is sensitive personal information: its separate consent is asked and recorded
 * before the profile is sent (the server does not refuse PUT /me/profile without it: the app keeps the order).
 */
export function RealNameForm({ onSaved }: { onSaved: (profile: ProfileView) => void }) {
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [idBlurred, setIdBlurred] = useState(false);
  const [phone, setPhone] = useState<PhoneGrant | null>(null);
  const [saving, setSaving] = useState(false);
  // 我的 is a tab page: the sheet ends above the tab bar.
  const consent = useConsentPrompt({ onTabPage: true });

  const id = idNumber.trim().toUpperCase();
  const check = checkIdNumber(id);
  // Judge the number once it is complete (or left), not at every digit.
  const idError = id !== '' && (id.length >= 18 || idBlurred) && !check.ok ? ID_NUMBER_MESSAGES[check.problem] : '';
  const nameOk = Array.from(name.trim()).length >= 2;
  const ready = nameOk && check.ok && phone !== null;

  const submit = async () => {
    if (!ready || !phone) return;
    if (!(await consent.ask('sensitive_id'))) return;
    setSaving(true);
    try {
      onSaved(await saveProfile({ name: name.trim(), idNumber: id, phoneCode: phone.code }));
    } catch {
      // request.ts has shown the server's message.
    } finally {
      setSaving(false);
    }
  };

  return (
    <View id="realname-form" className="realname">
      <Field
        label="姓名"
        input={{ id: 'realname-name', value: name, maxlength: 30, placeholder: '与身份证一致', onInput: setName }}
      />
      <Field
        label="身份证号"
        input={{
          id: 'realname-id',
          type: 'idcard',
          value: idNumber,
          maxlength: 18,
          placeholder: '18 位身份证号',
          onInput: setIdNumber,
          onBlur: () => setIdBlurred(true),
        }}
        error={idError}
        errorId="realname-id-error"
      />
      <PhoneField value={phone} onChange={setPhone} disabled={saving} />
      <View className="realname__actions">
        <Button
          id="realname-submit"
          kind="primary"
          block
          disabled={!ready}
          loading={saving}
          onClick={() => void submit()}
        >
          提交实名认证
        </Button>
        <Text className="muted">信息加密保存，仅用于办事核验，页面只显示部分号码。</Text>
      </View>
      {consent.sheet}
    </View>
  );
}
