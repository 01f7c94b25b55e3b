import { StaffPage } from '../common/StaffPage';
import { CounterCase } from './CounterCase';
import '../common/staff.scss';
import './counter.scss';

/**
 * The page of `staff/counter/case` (whose folder is one level deeper than the rest of the staff
 * area, from where the staff area's files may not be reached): the staff page around one case.
 */
export function CounterCasePage({ id }: { id: string }) {
  return (
    <StaffPage id="counter-case">
      <CounterCase id={id} />
    </StaffPage>
  );
}
