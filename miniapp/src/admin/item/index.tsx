import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getAdminItem } from '@/services/admin-catalog';
import { AdminPage } from '../common/AdminPage';
import { ItemEditor } from './ItemEditor';

/** An existing item: its published guide and draft, read again (a fresh editor) on 重新加载. */
function ExistingItem({ code }: { code: string }) {
  const record = useResource(useCallback(() => getAdminItem(code), [code]));
  const [round, setRound] = useState(0);
  const reload = async () => {
    await record.refresh();
    setRound((n) => n + 1);
  };
  return (
    <Remote state={record} notFound={{ title: '没有找到这个事项', desc: '请回到事项列表重新打开' }}>
      {(data) => <ItemEditor key={round} code={code} record={data} onReload={() => void reload()} />}
    </Remote>
  );
}

/** 编辑事项 (`?code=`): the guide of an item, its draft, publishing and history; no code: a new item. */
export default function AdminItemPage() {
  const code = useRouter().params.code;
  return (
    <AdminPage id="admin-item-page">
      {code ? <ExistingItem code={code} /> : <ItemEditor record={null} onReload={() => undefined} />}
    </AdminPage>
  );
}
