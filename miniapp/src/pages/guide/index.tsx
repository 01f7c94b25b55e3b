import { useCallback } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Page, Remote } from '@/components';
import { startApplication } from '@/features/apply';
import { useHallGroupFor } from '@/hooks/use-hall-group';
import { useResource } from '@/hooks/use-resource';
import { getItem } from '@/services/catalog';
import { getSessionUser } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { GuideBody } from './GuideBody';

/** 办事指南 of one item, opened with `?code=`. */
export default function GuidePage() {
  const code = useRouter().params.code ?? '';
  const guide = useResource(useCallback(() => getItem(code), [code]));
  const hallGroup = useHallGroupFor(code ? [code] : []);
  return (
    <Page
      id="guide"
      footer={
        guide.data ? (
          <View className="guide-actions">
            <Button id="guide-apply" kind="primary" block onClick={() => void startApplication({ kind: 'item', code })}>
              在线申请
            </Button>
            {/* A window group handles this item: book a slot there (the hall subpackage). */}
            {hallGroup ? (
              <Button
                id="guide-book"
                block
                onClick={() => void Taro.navigateTo({ url: PAGES.hallBook(hallGroup.code) })}
              >
                预约办理
              </Button>
            ) : null}
            {/* A village agent starts from the guide too, for a resident (the agent subpackage). */}
            {getSessionUser()?.roles.includes('agent') ? (
              <Button
                id="guide-agent-apply"
                block
                onClick={() => void Taro.navigateTo({ url: PAGES.agentNew({ code }) })}
              >
                为居民代办
              </Button>
            ) : null}
          </View>
        ) : null
      }
    >
      <Remote state={guide} notFound={{ title: '没有找到这个事项', desc: '事项可能已调整，请返回首页重新搜索' }}>
        {(item) => <GuideBody guide={item} />}
      </Remote>
    </Page>
  );
}
