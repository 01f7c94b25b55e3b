import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, SearchBar, Section } from '@/components';
import { useDebounced } from '@/hooks/use-debounced';
import { useResource } from '@/hooks/use-resource';
import { listAdminChains, listAdminItems, MAX_PAGE_SIZE } from '@/services/admin-catalog';
import { AdminPage } from '../common/AdminPage';
import { ADMIN_PAGES } from '../common/links';
import { ChainsTable } from './ChainsTable';
import { ItemsTable, PAGE_SIZE } from './ItemsTable';
import './items.scss';

const SEARCH_DELAY_MS = 300;

/** 事项与一链办理: the catalog to maintain — items (searched, a page at a time) and chains. */
export default function AdminItemsPage() {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = useDebounced(q.trim(), SEARCH_DELAY_MS);
  // Back from the editor, the lists show what was saved there.
  const items = useResource(
    useCallback(() => listAdminItems({ q: query, page, pageSize: PAGE_SIZE }), [query, page]),
    { reloadOnShow: true },
  );
  const chains = useResource(
    useCallback(() => listAdminChains({ pageSize: MAX_PAGE_SIZE }), []),
    { reloadOnShow: true },
  );
  const search = (text: string) => {
    setQ(text);
    setPage(1);
  };
  return (
    <AdminPage id="admin-items-page">
      <Section
        title="事项"
        extra={
          <Button
            id="new-item"
            kind="primary"
            size="small"
            onClick={() => void Taro.navigateTo({ url: ADMIN_PAGES.item() })}
          >
            新建事项
          </Button>
        }
      >
        <SearchBar value={q} placeholder="搜索事项名称、拼音首字母或编码" onChange={search} />
        <ItemsTable list={items} page={page} onPage={setPage} searching={query !== ''} />
      </Section>
      <Section
        title="一链办理"
        extra={
          <Button
            id="new-chain"
            kind="primary"
            size="small"
            onClick={() => void Taro.navigateTo({ url: ADMIN_PAGES.chain() })}
          >
            新建一链办理
          </Button>
        }
      >
        <ChainsTable list={chains} />
      </Section>
    </AdminPage>
  );
}
