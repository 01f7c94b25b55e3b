import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getChainForEdit } from '@/services/admin-catalog';
import { AdminPage } from '../common/AdminPage';
import { ChainEditor } from './ChainEditor';

function ExistingChain({ code }: { code: string }) {
  const record = useResource(useCallback(() => getChainForEdit(code), [code]));
  const [round, setRound] = useState(0);
  const reload = async () => {
    await record.refresh();
    setRound((n) => n + 1);
  };
  return (
    <Remote state={record} notFound={{ title: '没有找到这个一链办理', desc: '请回到列表重新打开' }}>
      {(data) => <ChainEditor key={round} code={code} record={data} onReload={() => void reload()} />}
    </Remote>
  );
}

/** 编辑一链办理 (`?code=`): name, lead department, description and ordered items; no code: a new chain. */
export default function AdminChainPage() {
  const code = useRouter().params.code;
  return (
    <AdminPage id="admin-chain-page">
      {code ? <ExistingChain code={code} /> : <ChainEditor record={null} onReload={() => undefined} />}
    </AdminPage>
  );
}
