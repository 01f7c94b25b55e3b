import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useCase } from '@/hooks/use-case';
import { ApplyFrame } from '../common/ApplyFrame';
import { MaterialsBody } from './MaterialsBody';
import '../common/apply.scss';

/** Step 2: the case's materials (`?id=`), each uploaded once. */
export default function ApplyMaterialsPage() {
  const id = useRouter().params.id ?? '';
  const caseState = useCase(id);
  return (
    <Page id="apply-materials-page">
      <Remote state={caseState} notFound={{ title: '没有找到这件申请', desc: '请从“我的办件”重新打开' }}>
        {(view) => (
          <ApplyFrame view={view} step={1}>
            <MaterialsBody caseState={caseState} />
          </ApplyFrame>
        )}
      </Remote>
    </Page>
  );
}
