import { useRouter } from '@tarojs/taro';
import { Page, Remote } from '@/components';
import { useStaffCase } from '../common/use-staff-case';
import { StaffCaseBody } from './StaffCaseBody';
import '../common/staff.scss';

/** 办件审查 (`?id=`): the window's view of one case and its actions. */
export default function StaffCasePage() {
  const { params } = useRouter();
  const caseState = useStaffCase(params.id ?? '');
  return (
    <Page id="staff-case">
      <Remote state={caseState} notFound={{ title: '没有找到这件办件', desc: '它可能不属于本部门' }}>
        {() => <StaffCaseBody caseState={caseState} />}
      </Remote>
    </Page>
  );
}
