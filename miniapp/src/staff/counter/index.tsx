import { Remote } from '@/components';
import { StaffPage } from '../common/StaffPage';
import { useClerk } from '../common/use-clerk';
import { CounterFind } from './CounterFind';
import '../common/staff.scss';
import './counter.scss';

/** 柜台受理: find or register the walk-in, then choose what they came for (`?ticket=` from 叫号 is not needed here). */
export default function CounterFindPage() {
  const clerk = useClerk();
  return (
    <StaffPage id="counter-find">
      <Remote state={clerk}>{(c) => <CounterFind clerk={c} />}</Remote>
    </StaffPage>
  );
}
