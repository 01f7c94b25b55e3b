import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { COMPLAINT_STATUS_LABELS } from '@onetrip/shared';
import { Button, Cell, Empty, LoadFailed, Loading, Page, Section } from '@/components';
import { complaintAboutText } from '@/features/complaints';
import { usePagedList } from '@/hooks/use-paged-list';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { listComplaints } from '@/services/complaints';
import { PAGES } from '@/utils/navigation';
import { formatDateTime } from '@/utils/time';
import '../common/complaint.scss';

/** 我的投诉建议: latest first, each with its status; 提交投诉建议 about the centre in general. */
export default function ComplaintListPage() {
  const list = usePagedList(
    useCallback((page: number) => listComplaints(page), []),
    { reloadOnShow: true },
  );
  useRefreshOnPullDown(list.refresh);
  const rows = list.data?.items ?? null;
  const fileNew = () => void Taro.navigateTo({ url: PAGES.complaintNew() });

  let body;
  if (rows === null && list.error) body = <LoadFailed error={list.error} onRetry={list.retry} />;
  else if (rows === null) body = <Loading />;
  else if (rows.length === 0)
    body = (
      <Empty
        id="complaints-empty"
        title="还没有投诉建议"
        desc="对办件、窗口或中心的服务有意见，可以在这里提出，5 个工作日内答复"
      />
    );
  else
    body = (
      <Section id="complaint-list">
        {rows.map((row) => (
          <Cell
            key={row.id}
            id={`complaint-row-${row.id}`}
            title={`${row.kind} · ${row.category}`}
            desc={
              <>
                <View>{complaintAboutText(row.about)}</View>
                <View>{row.excerpt}</View>
                <View>{`${formatDateTime(row.filedAt)} 提交`}</View>
              </>
            }
            value={COMPLAINT_STATUS_LABELS[row.status]}
            onClick={() => void Taro.navigateTo({ url: PAGES.complaintDetail(row.id) })}
          />
        ))}
        {list.loadingMore ? <Loading /> : null}
      </Section>
    );

  return (
    <Page id="complaints">
      {body}
      <View className="page-actions">
        <Button id="complaints-new" kind="primary" block onClick={fileNew}>
          提交投诉建议
        </Button>
      </View>
    </Page>
  );
}
