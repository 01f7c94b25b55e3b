import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { ApplyFrame } from '../common/ApplyFrame';
import { DeliveryBody } from './DeliveryBody';
import '../common/apply.scss';

/** Step 3: how the certificates come back (`?id=`). */
export default function ApplyDeliveryPage() {
  const id = useRouter().params.id ?? '';
  const caseState = useCase(id);
  return (
    <Page id="apply-delivery-page">
      <Remote state={caseState} notFound={{ title: '没有找到这件申请', desc: '请从“我的办件”重新打开' }}>
        {(view) => (
          <ApplyFrame view={view} step={2}>
            <DeliveryBody caseState={caseState} />
          </ApplyFrame>
        )}
      </Remote>
    </Page>
  );
}
