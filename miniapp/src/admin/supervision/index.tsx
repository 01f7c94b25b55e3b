import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { type CaseAlert } from '@onetrip/shared';
import { Button, Chips, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { chaseCase, exportSupervision, getSupervision } from '@/services/admin-supervision';
import { toast } from '@/utils/toast';
import { AdminPage } from '../common/AdminPage';
import { ADMIN_PAGES } from '../common/links';
import { AlertList } from './AlertList';
import { ChaseSheet } from './ChaseSheet';
import { ClerkTable, DeemedTable, RatingTable, WindowTable } from './FigureTables';
import { LightsTable } from './LightsTable';
import {
  departmentChoices,
  exportName,
  markChased,
  PERIODS,
  periodFilter,
  shortTime,
  type PeriodKey,
} from './supervision-model';
import './supervision.scss';

const ALL = '全部部门';

/**
 * 效能监察: every department's open cases by stage and light (红黄灯), the red and yellow cases with 催办, the
 * period's deemed acceptances, windows' and clerks' on-time rates, the ratings (好差评), and 导出 CSV.
 */
export default function AdminSupervisionPage() {
  const [department, setDepartment] = useState('');
  const [period, setPeriod] = useState<PeriodKey>('month');
  const [known, setKnown] = useState<string[]>([]);
  const [chasing, setChasing] = useState<CaseAlert | null>(null);
  const [busy, setBusy] = useState(false);
  const [exporting, setExporting] = useState(false);
  const filter = { ...(department ? { department } : {}), ...periodFilter(period, new Date()) };
  const key = JSON.stringify(filter);
  const load = useCallback(async () => {
    const view = await getSupervision(JSON.parse(key) as typeof filter);
    setKnown((names) => departmentChoices(names, view));
    return view;
  }, [key]);
  const figures = useResource(load);
  const choices = [ALL, ...departmentChoices(known, figures.data)];

  const chase = async (note: string) => {
    if (!chasing) return;
    setBusy(true);
    try {
      const done = await chaseCase(chasing.id, note);
      const current = figures.current();
      if (current) figures.keep(markChased(current, chasing.id, done.chasedAt));
      toast(done.notified ? `已催办，已通知 ${done.notified} 人` : '已催办', 'success');
      setChasing(null);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      await exportSupervision(filter, exportName());
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <AdminPage id="supervision-page">
      <View className="admin-toolbar">
        <Picker
          id="supervision-department"
          mode="selector"
          range={choices}
          value={Math.max(choices.indexOf(department || ALL), 0)}
          onChange={(e) => {
            const chosen = choices[Number(e.detail.value)] ?? ALL;
            setDepartment(chosen === ALL ? '' : chosen);
          }}
        >
          <Text className="sv-picker">{`${department || ALL} ▾`}</Text>
        </Picker>
        <Chips
          chips={PERIODS.map((p) => ({ key: p.key, label: p.label, active: p.key === period }))}
          onToggle={(k) => setPeriod(k as PeriodKey)}
        />
        <Button id="supervision-refresh" size="small" onClick={figures.retry}>
          刷新
        </Button>
        <Button
          id="supervision-export"
          size="small"
          kind="primary"
          loading={exporting}
          onClick={() => void exportCsv()}
        >
          导出 CSV
        </Button>
      </View>
      <Remote state={figures}>
        {(view) => (
          <View className="sv-body">
            <View id="supervision-period" className="muted sv-period">
              {`统计期间 ${view.from} 至 ${view.to} · 红黄灯为 ${shortTime(view.at)} 的情况`}
            </View>
            <Section id="supervision-complaints" title="投诉建议（待答复）" padded>
              <View className="sv-complaints">
                <Text id="supervision-complaints-count">
                  {`待答复 ${view.complaints.open} 件，其中超期 ${view.complaints.overdue} 件、临期 ${view.complaints.dueSoon} 件`}
                </Text>
                <Button
                  id="supervision-complaints-open"
                  size="small"
                  kind={view.complaints.overdue ? 'warn' : 'default'}
                  onClick={() => void Taro.navigateTo({ url: ADMIN_PAGES.complaints() })}
                >
                  去处理
                </Button>
              </View>
            </Section>
            <Section id="supervision-lights" title="各部门红黄灯（在办件）" padded>
              <LightsTable rows={view.departments} />
            </Section>
            <View className="admin-columns">
              <Section title={`超期办件（红灯）${view.overdueTotal} 件`} padded>
                <AlertList
                  id="overdue-list"
                  alerts={view.overdue}
                  total={view.overdueTotal}
                  empty="没有超期的办件"
                  onChase={setChasing}
                />
              </Section>
              <Section title={`临期办件（黄灯）${view.dueSoonTotal} 件`} padded>
                <AlertList
                  id="due-soon-list"
                  alerts={view.dueSoon}
                  total={view.dueSoonTotal}
                  empty="没有临期的办件"
                  onChase={setChasing}
                />
              </Section>
            </View>
            <Section title="逾期视为受理（第三十二条）" padded>
              <DeemedTable view={view} />
            </Section>
            <View className="admin-columns">
              <Section title="窗口效能（期间办结）" padded>
                <WindowTable view={view} />
              </Section>
              <Section title="人员效能（期间办结）" padded>
                <ClerkTable view={view} />
              </Section>
            </View>
            <Section title="好差评" padded>
              <RatingTable view={view} />
            </Section>
          </View>
        )}
      </Remote>
      {chasing ? (
        <ChaseSheet alert={chasing} busy={busy} onClose={() => setChasing(null)} onSend={(note) => void chase(note)} />
      ) : null}
    </AdminPage>
  );
}
