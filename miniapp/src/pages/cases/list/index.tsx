import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type ApplicationList } from '@onetrip/shared';
import { Button, Empty, Loading, Page } from '@/components';
import { errorMessage } from '@/services/api-error';
import { listMyApplications } from '@/services/applications';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { CaseRow } from './CaseRow';
import '../cases.scss';

const PAGE_SIZE = 20;

type Rows = ApplicationList['items'];

/** 我的办件: newest change first; pull down to refresh, scroll to the end for more. */
export default function CaseListPage() {
  const [rows, setRows] = useState<Rows | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [more, setMore] = useState(false);
  const page = useRef(1);
  const loggedIn = isLoggedIn();

  const loadFirst = useCallback(async () => {
    if (!isLoggedIn()) return;
    try {
      const list = await listMyApplications({ page: 1, pageSize: PAGE_SIZE });
      page.current = 1;
      setRows(list.items);
      setTotal(list.total);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  useEffect(() => {
    void loadFirst();
  }, [loadFirst]);

  // Back from a case (withdrawn, paid…): show the list as it now is.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void loadFirst();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void loadFirst().finally(() => Taro.stopPullDownRefresh());
  });

  useReachBottom(() => {
    if (!rows || rows.length >= total || more) return;
    setMore(true);
    listMyApplications({ page: page.current + 1, pageSize: PAGE_SIZE })
      .then((list) => {
        page.current += 1;
        setRows((prev) => [...(prev ?? []), ...list.items]);
        setTotal(list.total);
      })
      .catch(() => undefined)
      .finally(() => setMore(false));
  });

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
  } else if (rows === null && error) {
    body = (
      <Empty
        id="remote-error"
        icon="!"
        title="暂时无法加载"
        desc={errorMessage(error)}
        actionText="重试"
        onAction={() => void loadFirst()}
      />
    );
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
        {more ? <Loading /> : rows.length >= total ? <View className="hint list-end">没有更多了</View> : null}
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
