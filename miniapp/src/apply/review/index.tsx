import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { ApplyFrame } from '../common/ApplyFrame';
import { ReviewBody } from './ReviewBody';
import '../common/apply.scss';

/** Step 4: check and submit (`?id=`). */
export default function ApplyReviewPage() {
  const id = useRouter().params.id ?? '';
  const caseState = useCase(id);
  return (
    <Page id="apply-review-page">
      <Remote state={caseState} notFound={{ title: '没有找到这件申请', desc: '请从“我的办件”重新打开' }}>
        {(view) => (
          <ApplyFrame view={view} step={3}>
            <ReviewBody caseState={caseState} />
          </ApplyFrame>
        )}
      </Remote>
    </Page>
  );
}
