import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, CaseRow, Empty, LoadFailed, Loading, Page } from '@/components';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { listMyApplications } from '@/services/applications';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import '../cases.scss';

const PAGE_SIZE = 20;

/** 我的办件: newest change first; pull down to refresh, scroll to the end for more. */
export default function CaseListPage() {
  const loggedIn = isLoggedIn();
  const list = usePagedList(
    useCallback(
      (page: number) =>
        // Logged out, the page asks to log in and shows no rows: nothing to ask the server.
        isLoggedIn() ? listMyApplications({ page, pageSize: PAGE_SIZE }) : Promise.resolve({ items: [], total: 0 }),
      [],
    ),
    // Back from a case (withdrawn, paid…): show the list as it now is.
    { reloadOnShow: true },
  );
  useRefreshOnPullDown(list.refresh);
  const rows = list.data?.items ?? null;
  const total = list.data?.total ?? 0;

  const open = (id: string) => void Taro.navigateTo({ url: PAGES.caseDetail(id) });

  let body;
  if (!loggedIn) {
    body = (
      <Empty
        id="cases-login"
        icon="?"
        title="登录后查看您的办件"
        actionText="微信一键登录"
        onAction={() => void Taro.navigateTo({ url: PAGES.loginThen(PAGES.cases) })}
      />
    );
  } else if (rows === null && list.error) {
    body = <LoadFailed error={list.error} onRetry={list.retry} />;
  } else if (rows === null) {
    body = <Loading />;
  } else if (rows.length === 0) {
    body = (
      <Empty
        id="cases-empty"
        title="还没有办件"
        desc="在首页找到要办的事项，点“在线申请”即可开始"
        actionText="去首页"
        onAction={() => void Taro.switchTab({ url: PAGES.home })}
      />
    );
  } else {
    body = (
      <View id="case-list" className="section__body">
        {rows.map((row) => (
          <CaseRow key={row.id} row={row} onOpen={open} />
        ))}
        {list.loadingMore ? (
          <Loading />
        ) : rows.length >= total ? (
          <View className="hint list-end">没有更多了</View>
        ) : null}
      </View>
    );
  }

  return (
    <Page id="cases" className="cases">
      {body}
      {loggedIn ? (
        <View className="page-actions">
          <Button id="cases-progress" size="small" onClick={() => void Taro.navigateTo({ url: PAGES.progress })}>
            按编号查询进度
          </Button>
        </View>
      ) : null}
    </Page>
  );
}
