import { useCallback, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { type ComplaintRatingBody } from '@onetrip/shared';
import { Page, Remote } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { getComplaint, rateComplaint } from '@/services/complaints';
import { toast } from '@/utils/toast';
import { ComplaintDetail } from './ComplaintDetail';
import '../common/complaint.scss';

/** 投诉建议 (`?id=`): opened after filing, from 我的投诉建议, and by the message telling of the answer. */
export default function ComplaintDetailPage() {
  const id = useRouter().params.id ?? '';
  const complaint = useResource(
    useCallback(() => getComplaint(id), [id]),
    { reloadOnShow: true },
  );
  const [busy, setBusy] = useState(false);
  useRefreshOnPullDown(complaint.refresh);

  const rate = async (body: ComplaintRatingBody) => {
    if (busy) return;
    setBusy(true);
    try {
      complaint.keep(await rateComplaint(id, body));
      toast(body.result === '不满意' ? '已转交复核' : '感谢您的评价', 'success');
    } catch (e) {
      toast(errorMessage(e));
      void complaint.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page id="complaint-detail">
      <Remote state={complaint} notFound={{ title: '没有找到这条投诉建议', desc: '请从“我的投诉建议”重新打开' }}>
        {(view) => <ComplaintDetail view={view} busy={busy} onRate={(b) => void rate(b)} />}
      </Remote>
    </Page>
  );
}
