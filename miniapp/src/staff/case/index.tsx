import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Remote } from '@/components';
import { StaffPage } from '../common/StaffPage';
import { useClerk } from '../common/use-clerk';
import { CaseView } from './CaseView';
import '../common/staff.scss';

/** 办件审查 (`?id=`): the window's view of one case and the actions the clerk's kind takes on it. */
export default function StaffCasePage() {
  const { params } = useRouter();
  const clerk = useClerk();
  return (
    <StaffPage id="staff-case">
      <View className="staff-narrow">
        <Remote state={clerk}>{(c) => <CaseView id={params.id ?? ''} clerk={c} />}</Remote>
      </View>
    </StaffPage>
  );
}
