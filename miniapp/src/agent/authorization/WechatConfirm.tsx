import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type CaseAuthorizationView } from '@onetrip/shared';
import { Button, Section, Tag } from '@/components';
import { qrUrl } from '@/platform/qr-url';
import { AUTHORIZATION_STATUS_LABELS, AUTHORIZATION_STATUS_TONES } from '@/utils/authorization';
import { QrGrid } from '../common/QrGrid';

const HOW_TO: Record<CaseAuthorizationView['status'], string> = {
  pending: '请居民用本人微信扫描下方二维码，核对后点“确认授权”。确认后点“刷新状态”。',
  confirmed: '居民已在本人微信中确认授权，可以提交申请。',
  revoked: '居民已撤销（或不同意）授权，不能再以居民名义提交。可改用纸质授权委托书。',
};

/**
 * 方式一: the resident scans this code with their own WeChat and confirms. The code holds the same
 * `/q/<token>` URL as the centre's posters; the page polls nothing, the agent taps 刷新状态.
 */
export function WechatConfirm({
  authorization,
  paperSuffices,
  refreshing,
  onRefresh,
}: {
  authorization: CaseAuthorizationView;
  /** A signed paper form is on the case: the code is optional, so it folds away until asked for. */
  paperSuffices: boolean;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const [unfolded, setUnfolded] = useState(false);
  const url = qrUrl(authorization.qrToken);
  const { status } = authorization;
  const folded = status === 'pending' && paperSuffices && !unfolded;
  return (
    <Section
      id="authorization-wechat"
      title="方式一：居民微信扫码确认"
      extra={
        <Tag tone={AUTHORIZATION_STATUS_TONES[status]}>
          <Text id="authorization-status" className={`authorization-status--${status}`}>
            {AUTHORIZATION_STATUS_LABELS[status]}
          </Text>
        </Tag>
      }
    >
      <View className="agent-qr">
        <View className="agent-qr__how">
          {folded ? '已上传纸质授权书，可以提交；居民愿意的，也可以扫码确认。' : HOW_TO[status]}
        </View>
        {status === 'pending' && !folded ? (
          <>
            <QrGrid id="authorization-qr" text={url} />
            <Text id="authorization-url" className="agent-qr__url" userSelect>
              {url}
            </Text>
          </>
        ) : null}
        <View className="agent-qr__actions">
          {folded ? (
            <Button id="authorization-show-qr" size="small" kind="plain" onClick={() => setUnfolded(true)}>
              显示二维码
            </Button>
          ) : null}
          <Button id="authorization-refresh" size="small" loading={refreshing} onClick={onRefresh}>
            刷新状态
          </Button>
          {status === 'pending' && !folded ? (
            <Button
              id="authorization-copy"
              size="small"
              kind="plain"
              onClick={() => void Taro.setClipboardData({ data: url }).catch(() => undefined)}
            >
              复制链接发给居民
            </Button>
          ) : null}
        </View>
      </View>
    </Section>
  );
}
