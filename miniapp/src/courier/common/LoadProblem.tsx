import Taro from '@tarojs/taro';
import { Empty } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { PAGES } from '@/utils/navigation';

/** Why a courier page has nothing to show: not logged in, not a courier, or the server could not answer. */
export function LoadProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (isApiError(error) && error.code === 'UNAUTHENTICATED') {
    return (
      <Empty
        id="courier-login"
        icon="?"
        title="请先登录"
        desc="登录后，快递员可在“我的”中进入派件工作台"
        actionText="微信一键登录"
        onAction={() => void Taro.navigateTo({ url: PAGES.loginThen(PAGES.me) })}
      />
    );
  }
  if (isApiError(error) && error.code === 'FORBIDDEN') {
    return (
      <Empty
        id="courier-forbidden"
        icon="!"
        title="仅快递员可以使用"
        desc="快件上的二维码供快递员揽收、派送使用。如您是收件人，请在“我的办件”中查看物流和签收码"
        actionText="我的办件"
        onAction={() => void Taro.navigateTo({ url: PAGES.cases })}
      />
    );
  }
  return (
    <Empty
      id="remote-error"
      icon="!"
      title="暂时无法加载"
      desc={errorMessage(error)}
      actionText="重试"
      onAction={onRetry}
    />
  );
}
