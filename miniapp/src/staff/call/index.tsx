import { Empty, Remote } from '@/components';
import { ClerkHeader } from '../common/ClerkHeader';
import { type Clerk } from '../common/kinds';
import { StaffPage } from '../common/StaffPage';
import { useClerk } from '../common/use-clerk';
import { CallConsole } from './CallConsole';
import { useServedGroups } from './use-served-groups';
import '../common/staff.scss';
import './call.scss';

function Groups({ clerk }: { clerk: Clerk }) {
  const groups = useServedGroups(clerk);
  return (
    <Remote state={groups}>
      {({ all, served }) =>
        served.length ? (
          <CallConsole clerk={clerk} served={served} all={all} />
        ) : (
          <Empty
            id="call-no-groups"
            title="没有您负责的窗口分组"
            desc={
              clerk.kind === 'results'
                ? '统一出件窗口不叫号'
                : '叫号分组按事项和大厅设置，请联系管理员把本部门的事项加入分组'
            }
          />
        )
      }
    </Remote>
  );
}

/** 叫号 (`staff/call`): the window's calling console for the groups the clerk serves. */
export default function StaffCallPage() {
  const clerk = useClerk();
  return (
    <StaffPage id="staff-call">
      <Remote state={clerk}>
        {(c) => (
          <>
            <ClerkHeader clerk={c} />
            <Groups clerk={c} />
          </>
        )}
      </Remote>
    </StaffPage>
  );
}
