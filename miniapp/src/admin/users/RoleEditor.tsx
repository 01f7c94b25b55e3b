import { useState } from 'react';
import { Picker, Switch, Text, View } from '@tarojs/components';
import { ROLE_LABELS, STAFF_KIND_LABELS, STAFF_KINDS, type AdminConfig, type UserSearchItem } from '@onetrip/shared';
import { Button, Field, FieldError, Section, Tag } from '@/components';
import { isApiError } from '@/services/api-error';
import { saveRoles } from '@/services/admin-users';
import { toast } from '@/utils/toast';
import { fieldProblems, NO_PROBLEMS, type FieldProblems } from '../common/field-problems';
import {
  draftOf,
  draftProblems,
  EDITABLE_ROLES,
  holds,
  ROLE_FIELDS,
  rolesPayload,
  stationLabel,
  toggleRole,
  type RoleDraft,
} from './role-editor-model';

interface RoleEditorProps {
  user: UserSearchItem;
  config: AdminConfig | undefined;
  /** After a save (or a conflict): the search is read again, so the row shows the roles of now. */
  onSaved: () => void;
}

/** A choice from a list as a Picker row: the chosen label, or a prompt. */
function ListPicker(props: {
  id: string;
  labels: string[];
  index: number;
  empty: string;
  onPick: (index: number) => void;
}) {
  const { id, labels, index, empty, onPick } = props;
  if (labels.length === 0) return <Text className="field__placeholder">{empty}</Text>;
  return (
    <Picker
      id={id}
      mode="selector"
      range={labels}
      value={Math.max(index, 0)}
      onChange={(e) => onPick(Number(e.detail.value))}
    >
      <View className="picker-value">
        {index >= 0 ? <Text>{labels[index]}</Text> : <Text className="field__placeholder">请选择</Text>}
        <Text className="picker-value__arrow">›</Text>
      </View>
    </Picker>
  );
}

/**
 * 角色: the roles a person holds (居民 always), and what each acts for — a staff member's kind,
 * department, hall and 部门负责人; an agent's station and a courier's company from the centre's lists.
 * Saves with the version the search showed; a change by another admin meanwhile reloads the person.
 */
export function RoleEditor({ user, config, onSaved }: RoleEditorProps) {
  const [draft, setDraft] = useState<RoleDraft>(() => draftOf(user));
  const [problems, setProblems] = useState<FieldProblems>(NO_PROBLEMS);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const local = tried ? draftProblems(draft) : {};
  const problemAt = (path: string) => local[path] ?? problems.byPath[path] ?? null;
  const change = (next: Partial<RoleDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setProblems(NO_PROBLEMS);
  };
  const departments = config?.departments ?? [];
  const stations = config?.stations ?? [];
  const companies = config?.courierCompanies ?? [];

  const save = async () => {
    setTried(true);
    if (Object.keys(draftProblems(draft)).length > 0 || busy) return;
    setBusy(true);
    try {
      await saveRoles(user.id, user.version, rolesPayload(draft));
      toast('角色已保存', 'success');
      onSaved();
    } catch (e) {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        toast('该人员的角色刚被其他管理员修改，已重新载入');
        onSaved();
      } else setProblems(fieldProblems(e, ROLE_FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="role-editor" title={`${user.name ?? '未实名用户'}的角色`}>
      <View className="users-roles">
        <Tag tone="grey">{ROLE_LABELS.resident}</Tag>
        {EDITABLE_ROLES.map((role) => (
          <View key={role} className="switch-row users-roles__row">
            <Text>{ROLE_LABELS[role]}</Text>
            <Switch
              id={`role-${role}`}
              checked={holds(draft, role)}
              color="#07c160"
              onChange={(e) => change(toggleRole(draft, role, e.detail.value))}
            />
          </View>
        ))}
      </View>
      {problemAt('roles') ? <FieldError id="role-roles-error">{problemAt('roles')}</FieldError> : null}

      {holds(draft, 'staff') ? (
        <View id="role-staff-details">
          <Field label="窗口类型" error={problemAt('staffKind')} errorId="role-kind-error">
            <View className="users-choices">
              {STAFF_KINDS.map((kind) => (
                <Button
                  key={kind}
                  id={`role-kind-${kind}`}
                  size="small"
                  kind={draft.staffKind === kind ? 'primary' : 'default'}
                  onClick={() =>
                    change({ staffKind: kind, ...(kind === 'department' ? {} : { departmentHead: false }) })
                  }
                >
                  {STAFF_KIND_LABELS[kind]}
                </Button>
              ))}
            </View>
          </Field>
          {draft.staffKind === 'department' ? (
            <>
              <Field label="所属部门" error={problemAt('department')} errorId="role-department-error">
                <ListPicker
                  id="role-department"
                  labels={departments}
                  index={departments.indexOf(draft.department)}
                  empty="系统中还没有部门：请先在事项中填写部门"
                  onPick={(i) => change({ department: departments[i] ?? '' })}
                />
              </Field>
              <View className="switch-row">
                <Text>部门负责人（接收每日效能监察汇总）</Text>
                <Switch
                  id="role-head"
                  checked={draft.departmentHead}
                  color="#07c160"
                  onChange={(e) => change({ departmentHead: e.detail.value })}
                />
              </View>
              {problemAt('departmentHead') ? (
                <FieldError id="role-head-error">{problemAt('departmentHead')}</FieldError>
              ) : null}
            </>
          ) : null}
          <Field
            label="所在大厅"
            error={problemAt('hall')}
            errorId="role-hall-error"
            input={{
              id: 'role-hall',
              value: draft.hall,
              maxlength: 40,
              placeholder: draft.staffKind === 'department' ? '选填，如 县政务服务中心一楼' : '如 县政务服务中心一楼',
              onInput: (hall) => change({ hall }),
            }}
          />
        </View>
      ) : null}

      {holds(draft, 'agent') ? (
        <Field label="服务站点" error={problemAt('station')} errorId="role-station-error">
          <ListPicker
            id="role-station"
            labels={stations.map(stationLabel)}
            index={stations.findIndex((s) => draft.station && stationLabel(s) === stationLabel(draft.station))}
            empty="请先在下方「代办服务站点」中添加站点"
            onPick={(i) => change({ station: stations[i] ?? null })}
          />
        </Field>
      ) : null}

      {holds(draft, 'courier') ? (
        <Field label="快递公司" error={problemAt('courierCompany')} errorId="role-company-error">
          <ListPicker
            id="role-company"
            labels={companies}
            index={companies.indexOf(draft.courierCompany)}
            empty="请先在下方「快递公司」中添加公司"
            onPick={(i) => change({ courierCompany: companies[i] ?? '' })}
          />
        </Field>
      ) : null}

      {problems.general ? <FieldError id="role-error">{problems.general}</FieldError> : null}
      <View className="admin-toolbar">
        <Button id="role-save" kind="primary" loading={busy} onClick={() => void save()}>
          保存角色
        </Button>
      </View>
    </Section>
  );
}
