import { useCallback, useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import { AUDIT_EXPORT_MAX } from '@onetrip/shared';
import { Button, Empty, Field, FieldError, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { exportAudit, listAudit, type AuditFilters } from '@/services/admin-audit';
import { toast } from '@/utils/toast';
import { AdminPage } from '../common/AdminPage';
import { ActorPicker } from './ActorPicker';
import { ACTION_OPTIONS, EMPTY_FORM, entryLine, exportName, filtersOf, type AuditForm } from './filters-model';
import './audit.scss';

const PAGE_SIZE = 20;

/** A day of the filter as a date picker row. */
function DayField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (d: string) => void;
}) {
  return (
    <Field label={label}>
      <View className="admin-toolbar">
        <Picker id={id} mode="date" value={value || '2026-01-01'} onChange={(e) => onChange(String(e.detail.value))}>
          <Text className={value ? undefined : 'field__placeholder'}>{value || '不限'}</Text>
        </Picker>
        {value ? (
          <Text id={`${id}-clear`} className="link" onClick={() => onChange('')}>
            清除
          </Text>
        ) : null}
      </View>
    </Field>
  );
}

/**
 * 审计日志: who did what, on which case, when — filtered by case (number or id), person (found by
 * name or phone), action (in Chinese) and days; newest first, paged; 导出 CSV of every match.
 */
export default function AdminAuditPage() {
  const [form, setForm] = useState<AuditForm>(EMPTY_FORM);
  const [asked, setAsked] = useState<{ filters: AuditFilters; page: number }>({ filters: {}, page: 1 });
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const load = useCallback(() => listAudit(asked.filters, asked.page, PAGE_SIZE), [asked]);
  const entries = useResource(load);
  const change = (next: Partial<AuditForm>) => {
    setForm((f) => ({ ...f, ...next }));
    setProblem(null);
  };
  const search = () => {
    const read = filtersOf(form);
    if ('problem' in read) return setProblem(read.problem);
    setAsked({ filters: read.filters, page: 1 });
  };
  const exportCsv = async () => {
    setExporting(true);
    try {
      await exportAudit(asked.filters, exportName());
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  const actionIndex = Math.max(
    ACTION_OPTIONS.findIndex((o) => o.value === form.action),
    0,
  );
  const total = entries.data?.total ?? 0;

  return (
    <AdminPage id="admin-audit">
      <Section id="audit-filters" title="筛选">
        <Field label="办件" error={problem?.field === 'case' ? problem.message : null} errorId="audit-case-error">
          <Input
            id="audit-case"
            className="field__input"
            value={form.caseText}
            maxlength={24}
            placeholder="办件编号（ZW…）或办件 ID，不填为全部"
            onInput={(e) => change({ caseText: e.detail.value })}
          />
        </Field>
        <ActorPicker actor={form.actor} onChange={(actor) => change({ actor })} />
        <Field label="操作">
          <Picker
            id="audit-action"
            mode="selector"
            range={ACTION_OPTIONS.map((o) => o.label)}
            value={actionIndex}
            onChange={(e) => change({ action: ACTION_OPTIONS[Number(e.detail.value)]?.value ?? '' })}
          >
            <Text>{ACTION_OPTIONS[actionIndex]?.label}</Text>
          </Picker>
        </Field>
        <DayField id="audit-from" label="开始日期" value={form.from} onChange={(from) => change({ from })} />
        <DayField id="audit-to" label="结束日期" value={form.to} onChange={(to) => change({ to })} />
        {problem && problem.field !== 'case' ? (
          <FieldError id="audit-filter-error">{problem.message}</FieldError>
        ) : null}
        <View className="admin-toolbar">
          <Button id="audit-search" kind="primary" onClick={search}>
            查询
          </Button>
          <Button
            id="audit-reset"
            onClick={() => {
              setForm(EMPTY_FORM);
              setAsked({ filters: {}, page: 1 });
            }}
          >
            重置
          </Button>
        </View>
      </Section>
      <Section
        id="audit-list"
        title={entries.data ? `共 ${total} 条` : '审计记录'}
        extra={
          <Button id="audit-export" size="small" loading={exporting} disabled={!total} onClick={() => void exportCsv()}>
            导出 CSV
          </Button>
        }
      >
        {total > AUDIT_EXPORT_MAX ? (
          <View id="audit-export-note" className="audit-note">
            导出最多包含最新的 {AUDIT_EXPORT_MAX.toLocaleString('en-US')} 条，请缩小筛选范围导出其余记录
          </View>
        ) : null}
        <Remote state={entries}>
          {(list) => (
            <>
              {list.items.length === 0 ? <Empty id="audit-none" title="没有符合条件的记录" /> : null}
              {list.items.map((entry, i) => {
                const line = entryLine(entry);
                return (
                  <View key={`${entry.at}-${i}`} id={`audit-row-${i}`} className="admin-table__row audit-row">
                    <Text className="admin-table__cell audit-row__at">{line.at}</Text>
                    <Text className="admin-table__cell audit-row__action">{line.action}</Text>
                    <Text className="admin-table__cell">{line.actor}</Text>
                    <Text className="admin-table__cell audit-muted">{line.subject}</Text>
                  </View>
                );
              })}
              {list.total > PAGE_SIZE ? (
                <View className="admin-toolbar">
                  <Button
                    id="audit-page-prev"
                    size="small"
                    disabled={asked.page <= 1}
                    onClick={() => setAsked({ ...asked, page: asked.page - 1 })}
                  >
                    上一页
                  </Button>
                  <Text className="audit-muted">
                    第 {asked.page} / {Math.ceil(list.total / PAGE_SIZE)} 页
                  </Text>
                  <Button
                    id="audit-page-next"
                    size="small"
                    disabled={asked.page * PAGE_SIZE >= list.total}
                    onClick={() => setAsked({ ...asked, page: asked.page + 1 })}
                  >
                    下一页
                  </Button>
                </View>
              ) : null}
            </>
          )}
        </Remote>
      </Section>
    </AdminPage>
  );
}
