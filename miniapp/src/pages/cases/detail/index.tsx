import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { CaseBody } from './CaseBody';
import '../cases.scss';

/** 办件详情 (`?id=`; `from=pay` when the H5 cashier comes back). */
export default function CaseDetailPage() {
  const { params } = useRouter();
  const caseState = useCase(params.id ?? '');
  return (
    <Page id="case-detail">
      <Remote state={caseState} notFound={{ title: '没有找到这件办件', desc: '请从“我的办件”重新打开' }}>
        {() => <CaseBody caseState={caseState} fromPay={params.from === 'pay'} />}
      </Remote>
    </Page>
  );
}
