import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { type TelLinkProps } from './tel-link-types';

export { type TelLinkProps } from './tel-link-types';

export function TelLink({ id, className, phone }: TelLinkProps) {
  return (
    <Text
      id={id}
      className={className ? `link ${className}` : 'link'}
      onClick={() => void Taro.makePhoneCall({ phoneNumber: phone.replace(/[^0-9+]/g, '') }).catch(() => undefined)}
    >
      {phone}
    </Text>
  );
}
