import { Remote } from '@/components';
import { StaffPage } from '../common/StaffPage';
import { useClerk } from '../common/use-clerk';
import { Workbench } from './Workbench';
import '../common/staff.scss';

/** 工作台: who the clerk is (`GET /me`), then the queues of their kind. */
export default function StaffQueuePage() {
  const clerk = useClerk();
  return (
    <StaffPage id="staff-queue">
      <Remote state={clerk}>{(c) => <Workbench clerk={c} />}</Remote>
    </StaffPage>
  );
}
