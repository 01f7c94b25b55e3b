import { useCallback } from 'react';
import { View } from '@tarojs/components';
import { LoadFailed } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getAdminConfig } from '@/services/admin-users';
import { AdminPage } from '../common/AdminPage';
import { CompaniesSection } from './CompaniesSection';
import { PeopleSearch } from './PeopleSearch';
import { StationsSection } from './StationsSection';
import './users.scss';

/**
 * 人员与角色: find a person (never by an internal id), grant or take away their roles with what each
 * acts for, and keep the centre's lists of agent stations and courier companies the editor offers.
 */
export default function AdminUsersPage() {
  const config = useResource(useCallback(() => getAdminConfig(), []));
  return (
    <AdminPage id="admin-users">
      <PeopleSearch config={config.data} />
      {config.data ? (
        <View className="admin-columns">
          <StationsSection saved={config.data.stations} onSaved={config.retry} />
          <CompaniesSection saved={config.data.courierCompanies} onSaved={config.retry} />
        </View>
      ) : config.error ? (
        <LoadFailed id="admin-config-error" error={config.error} onRetry={config.retry} />
      ) : null}
    </AdminPage>
  );
}
