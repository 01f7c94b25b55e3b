import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import {
  NUMBER_QUERY_KINDS,
  normaliseUserQuery,
  ROLE_LABELS,
  STAFF_KIND_LABELS,
  userQueryKind,
  type AdminConfig,
  type Role,
  type UserSearchItem,
} from '@onetrip/shared';
import { Button, Cell, Chips, Empty, Field, LoadFailed, Loading, Section, Tag } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { searchUsers, type UserSearch } from '@/services/admin-users';
import { RoleEditor } from './RoleEditor';
import { stationLabel } from './role-editor-model';

const PAGE_SIZE = 20;
const ROLE_FILTERS: Array<Role | 'all'> = ['all', 'staff', 'agent', 'courier', 'admin'];

/** What a row says a person does: their roles beyond 居民 and what each acts for. */
function duties(user: UserSearchItem): string[] {
  return user.roles.flatMap((role) => {
    if (role === 'resident') return [];
    if (role === 'staff') {
      const kind = STAFF_KIND_LABELS[user.staffKind ?? 'department'];
      const where = user.department ?? user.hall ?? '';
      return [`${kind}${where ? `（${where}${user.departmentHead ? '·负责人' : ''}）` : ''}`];
    }
    if (role === 'agent') return [`代办员${user.station ? `（${stationLabel(user.station)}）` : ''}`];
    if (role === 'courier') return [`快递员${user.courierCompany ? `（${user.courierCompany}）` : ''}`];
    return [ROLE_LABELS[role]];
  });
}

/** Why a typed query cannot be searched, or null when it can (an empty one lists by the role chosen). */
function queryProblem(text: string, role: Role | 'all'): string | null {
  const q = normaliseUserQuery(text);
  if (!q) return role === 'all' ? '请输入姓名、手机号或身份证号' : null;
  return userQueryKind(q) ? null : '请输入姓名、手机号（如 138****1234）或 18 位身份证号';
}

/**
 * 查找人员: a person by a part of their name, the phone as the console shows it (138****1234), the
 * full phone or ID number (audited: it reads a person's data); or everyone of a role. Numbers are only
 * ever shown masked. Choosing a person opens their role editor.
 */
export function PeopleSearch({ config }: { config: AdminConfig | undefined }) {
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | 'all'>('all');
  const [asked, setAsked] = useState<UserSearch | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => (asked ? searchUsers(asked) : Promise.resolve(null)), [asked]);
  const results = useResource(load);

  const search = (nextRole = role) => {
    const why = queryProblem(text, nextRole);
    setProblem(why);
    if (why) return;
    const q = normaliseUserQuery(text);
    setChosen(null);
    setAsked({ ...(q ? { q } : {}), ...(nextRole === 'all' ? {} : { role: nextRole }), page: 1, pageSize: PAGE_SIZE });
  };
  const goTo = (next: number) => asked && setAsked({ ...asked, page: next });
  const kind = userQueryKind(normaliseUserQuery(text));
  const list = results.data;
  const person = list?.items.find((u) => u.id === chosen);
  const page = asked?.page ?? 1;

  return (
    <View className="admin-columns">
      <View>
        <Section id="user-search-section" title="查找人员">
          <Field
            label="查找"
            error={problem}
            errorId="user-search-error"
            hint={
              kind && NUMBER_QUERY_KINDS.has(kind) ? (
                <View className="users-hint">按手机号或身份证号查找会记入审计日志</View>
              ) : null
            }
            input={{
              id: 'user-search',
              value: text,
              maxlength: 40,
              placeholder: '姓名、手机号（可输入 138****1234）或身份证号',
              confirmType: 'search',
              onInput: (value) => {
                setText(value);
                setProblem(null);
              },
              onConfirm: () => search(),
            }}
          />
          <Chips
            chips={ROLE_FILTERS.map((r) => ({
              key: `user-role-${r}`,
              label: r === 'all' ? '全部身份' : ROLE_LABELS[r],
              active: role === r,
            }))}
            onToggle={(key) => {
              const next = key.replace('user-role-', '') as Role | 'all';
              setRole(next);
              if (asked) search(next);
            }}
          />
          <View className="admin-toolbar">
            <Button id="user-search-submit" kind="primary" onClick={() => search()}>
              查询
            </Button>
          </View>
        </Section>
        {asked ? (
          <Section
            id="user-results"
            title={list ? `共 ${list.total} 人${list.capped ? '（结果过多，请缩小范围）' : ''}` : '查询结果'}
          >
            {results.error && !list ? <LoadFailed error={results.error} onRetry={results.retry} /> : null}
            {!list && results.loading ? <Loading /> : null}
            {list && list.items.length === 0 ? <Empty id="user-none" title="没有找到相关人员" /> : null}
            {list?.items.map((user) => (
              <Cell
                key={user.id}
                id={`user-row-${user.id}`}
                className={chosen === user.id ? 'users-row--chosen' : undefined}
                title={user.name ?? '未实名用户'}
                desc={[user.phoneMasked, user.idNumberMasked].filter(Boolean).join(' · ') || '未登记手机号和身份证号'}
                value={
                  <View className="users-tags">
                    {duties(user).map((d) => (
                      <Tag key={d} tone="blue">
                        {d}
                      </Tag>
                    ))}
                    {duties(user).length === 0 ? <Text className="users-muted">居民</Text> : null}
                  </View>
                }
                onClick={() => setChosen(user.id)}
              />
            ))}
            {list && list.total > PAGE_SIZE ? (
              <View className="admin-toolbar">
                <Button id="user-page-prev" size="small" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                  上一页
                </Button>
                <Text className="users-muted">
                  第 {page} / {Math.ceil(list.total / PAGE_SIZE)} 页
                </Text>
                <Button
                  id="user-page-next"
                  size="small"
                  disabled={page * PAGE_SIZE >= list.total}
                  onClick={() => goTo(page + 1)}
                >
                  下一页
                </Button>
              </View>
            ) : null}
          </Section>
        ) : null}
      </View>
      <View>
        {person ? (
          <RoleEditor key={`${person.id}:${person.version}`} user={person} config={config} onSaved={results.retry} />
        ) : asked && list?.items.length ? (
          <Empty id="role-editor-empty" title="选择一位人员，查看和修改其角色" />
        ) : null}
      </View>
    </View>
  );
}
