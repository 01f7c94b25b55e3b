import { useCallback } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Page, Remote } from '@/components';
import { startApplication } from '@/features/apply';
import { useResource } from '@/hooks/use-resource';
import { getChain } from '@/services/catalog';
import { ChainBody } from './ChainBody';

/** 一链办理 guide of a chain, opened with `?code=`. */
export default function ChainPage() {
  const code = useRouter().params.code ?? '';
  const chain = useResource(useCallback(() => getChain(code), [code]));
  return (
    <Page
      id="chain"
      footer={
        chain.data ? (
          <Button id="chain-apply" kind="primary" block onClick={() => void startApplication({ kind: 'chain', code })}>
            一次申请全部事项
          </Button>
        ) : null
      }
    >
      <Remote state={chain} notFound={{ title: '没有找到这项“一链办理”', desc: '请返回首页重新查找' }}>
        {(data) => <ChainBody chain={data} />}
      </Remote>
    </Page>
  );
}
