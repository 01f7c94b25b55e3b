import { Remote } from '@/components';
import { type Clerk } from '../common/kinds';
import { useStaffCase } from '../common/use-staff-case';
import { StaffCaseBody } from './StaffCaseBody';

/** One case for the clerk: on its own page (phone), or in the right pane beside the queue (PC). */
export function CaseView({ id, clerk, onChanged }: { id: string; clerk: Clerk; onChanged?: () => void }) {
  const caseState = useStaffCase(id);
  return (
    <Remote state={caseState} notFound={{ title: '没有找到这件办件', desc: '它可能不在您的办理范围内' }}>
      {() => <StaffCaseBody caseState={caseState} clerk={clerk} onChanged={onChanged} />}
    </Remote>
  );
}
