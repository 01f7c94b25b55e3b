import { useCallback } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Empty, LoadFailed, Loading, Page } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { isApiError } from '@/services/api-error';
import { resolveQr } from '@/services/catalog';
import { PAGES, replacePage } from '@/utils/navigation';
import { tokenFromPageParams } from '@/utils/qr';
import { pageForQrTarget } from './resolve';

/**
 * Opened by a scan: `?token=` (H5 deep link /q/<token>), `?scene=` (mini-program code)
 * or `?q=` (a plain URL code opening the mini-program). Resolves, then replaces itself with the guide.
 */
export default function QrPage() {
  const { params } = useRouter();
  const token = tokenFromPageParams({ token: params.token, scene: params.scene, q: params.q });

  const resolved = useResource(
    useCallback(async () => {
      if (!token) return null;
      const target = await resolveQr(token);
      const page = pageForQrTarget(target);
      if (page) await replacePage(page);
      return page;
    }, [token]),
  );

  const goHome = () => void Taro.switchTab({ url: PAGES.home });
  const invalid =
    !token ||
    (isApiError(resolved.error) &&
      (resolved.error.code === 'NOT_FOUND' || resolved.error.code === 'VALIDATION_FAILED'));

  let body;
  if (invalid || resolved.data === null) {
    body = invalid ? (
      <Empty
        id="qr-invalid"
        icon="?"
        title="二维码无效或已失效"
        desc="请扫描政务服务中心海报或窗口上的最新二维码，或直接搜索事项"
        actionText="返回首页"
        onAction={goHome}
      />
    ) : (
      <Empty
        id="qr-unsupported"
        icon="○"
        title="请在对应功能中使用此二维码"
        desc="这个二维码不是办事指南，请按工作人员的提示操作"
        actionText="返回首页"
        onAction={goHome}
      />
    );
  } else if (resolved.error) {
    body = <LoadFailed id="qr-error" title="暂时无法识别" error={resolved.error} onRetry={resolved.retry} />;
  } else {
    body = <Loading text="正在打开办事指南…" />;
  }
  return <Page id="qr">{body}</Page>;
}
