import { useCallback, useState } from 'react';
import { Switch, Text, View } from '@tarojs/components';
import { FieldError, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getAdminConfig } from '@/services/admin-users';
import { getCentreContact, saveHallConfig } from '@/services/admin-settings';
import { errorMessage } from '@/services/api-error';
import { toast } from '@/utils/toast';
import { AdminPage } from '../common/AdminPage';
import { CentreSection } from './CentreSection';

/** 受审分离: whoever accepted a case may not approve or deny its items (on unless turned off). */
function SeparationSection({ on, onSaved }: { on: boolean; onSaved: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const change = async (value: boolean) => {
    try {
      await saveHallConfig({ separateAcceptanceFromApproval: value });
      setProblem(null);
      toast(value ? '已开启受审分离' : '已关闭受审分离', 'success');
    } catch (e) {
      setProblem(errorMessage(e));
    }
    onSaved();
  };
  return (
    <Section id="separation-section" title="受审分离">
      <View className="switch-row">
        <Text>受理人不得审批同一办件</Text>
        <Switch id="separation-switch" checked={on} color="#07c160" onChange={(e) => void change(e.detail.value)} />
      </View>
      {problem ? <FieldError id="separation-error">{problem}</FieldError> : null}
    </Section>
  );
}

/** 中心设置: the centre's name, address and phone, and 受审分离. */
export default function AdminSettingsPage() {
  const centre = useResource(useCallback(() => getCentreContact(), []));
  const config = useResource(useCallback(() => getAdminConfig(), []));
  return (
    <AdminPage id="admin-settings">
      <Remote state={centre}>{(saved) => <CentreSection saved={saved} onSaved={() => void centre.refresh()} />}</Remote>
      <Remote state={config}>
        {(c) => <SeparationSection on={c.separateAcceptanceFromApproval} onSaved={() => void config.refresh()} />}
      </Remote>
    </AdminPage>
  );
}
