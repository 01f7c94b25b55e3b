import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { ApplyFrame } from '../common/ApplyFrame';
import { ApplyForm } from './ApplyForm';
import '../common/apply.scss';

/** Step 1: the one form of the case (`?id=`), saved as a draft while it is typed. */
export default function ApplyFormPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const caseState = useCase(id);
  return (
    <Page id="apply-form-page">
      <Remote state={caseState} notFound={{ title: '没有找到这件申请', desc: '请从“我的办件”重新打开' }}>
        {(view) => (
          <ApplyFrame view={view} step={0}>
            {/* A new key after a conflict reload: the money and number boxes start from the fresh values. */}
            <ApplyForm key={caseState.refreshed} caseState={caseState} check={params.check === '1'} />
          </ApplyFrame>
        )}
      </Remote>
    </Page>
  );
}
