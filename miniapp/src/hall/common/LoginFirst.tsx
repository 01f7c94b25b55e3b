import Taro from '@tarojs/taro';
import { Empty } from '@/components';
import { PAGES } from '@/utils/navigation';

/** A page of one's own appointments or tickets, opened without a login: log in, then come back here. */
export function LoginFirst({ title, back }: { title: string; back: string }) {
  return (
    <Empty
      id="hall-login"
      icon="?"
      title={title}
      actionText="微信一键登录"
      onAction={() => void Taro.navigateTo({ url: PAGES.loginThen(back) })}
    />
  );
}
