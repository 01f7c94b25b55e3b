import { Text } from '@tarojs/components';
import { Button } from '@/components/Button';
import { Field } from '@/components/Field';
import { toast } from '@/utils/toast';
import { type PhoneFieldProps } from './phone-types';

export { type PhoneFieldProps, type PhoneGrant } from './phone-types';

/** WeChat's getPhoneNumber: the code is single-use and valid for 5 minutes, so it is fetched right before saving. */
export function PhoneField({ value, onChange, disabled }: PhoneFieldProps) {
  return (
    <Field id="phone-field" label="手机号">
      {value ? (
        <Text>
          已授权微信绑定的手机号{' '}
          <Text className="link" onClick={() => onChange(null)}>
            重新获取
          </Text>
        </Text>
      ) : (
        <Button
          kind="plain"
          size="small"
          openType="getPhoneNumber"
          disabled={disabled}
          onGetPhoneNumber={(e) => {
            const code = e.detail.code;
            if (code) onChange({ code, display: '已授权' });
            else toast('需要授权手机号才能完成实名认证');
          }}
        >
          获取微信手机号
        </Button>
      )}
    </Field>
  );
}
