import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ApplicationView, type CaseStatus } from '@onetrip/shared';
import { Button, caseTimelineRows, Cell, Section, Tag, Timeline } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { withdrawApplication } from '@/services/applications';
import { PAGES } from '@/utils/navigation';
import { statusTone } from '@/utils/labels';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { AgentSection } from './AgentSection';
import { GapSection } from './GapSection';
import { HallSection } from './HallSection';
import { PaySection } from './PaySection';
import { ResultSection } from './ResultSection';
import { RateEntry } from '../rate/RateEntry';
import { TrackingSection } from './TrackingSection';
import { StageBar } from './StageBar';
import { PickupCard } from './PickupCard';
import { CaseHelp } from './CaseHelp';
import { rememberBaseline, supplementStartUrl } from '@/features/supplement';
import { ItemResults } from '@/features/chain-items/ItemResults';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/** A notice may name the paper authorization of an agent's case, which is not one of the case's materials. */
const materialName = (code: string) => (code === 'authorization' ? '纸质授权委托书' : code);

const WITHDRAWABLE: ReadonlyArray<CaseStatus> = ['draft', 'submitted', 'supplement_required'];

const LIGHT_TEXT = { green: '正常', yellow: '临近时限', red: '已超时' } as const;

/** What the latest supplement notice asks for, each problem named. */
function Notices({ view }: { view: ApplicationView }) {
  const notice = view.notices[view.notices.length - 1];
  if (view.status !== 'supplement_required' || !notice) return null;
  const nameOf = (p: { materialCode?: string; field?: string }) =>
    p.materialCode
      ? `材料：${view.materials.find((m) => m.code === p.materialCode)?.name ?? materialName(p.materialCode)}`
      : p.field
        ? `信息：${view.form.fields.find((f) => f.key === p.field)?.label ?? p.field}`
        : '';
  return (
    <Section id="case-notices" title={`补正告知（${formatDateTime(notice.at)}，一次性告知）`}>
      {notice.problems.map((p, i) => (
        <Cell key={i} title={nameOf(p) || p.reason} desc={nameOf(p) ? p.reason : undefined} />
      ))}
      <View className="page-actions">
        <Button
          id="supplement-button"
          kind="primary"
          block
          onClick={() => void Taro.navigateTo({ url: supplementStartUrl(view) })}
        >
          去补正
        </Button>
      </View>
    </Section>
  );
}

/** A case: its number first, status, what is missing, fee, timeline, and what the resident can do. */
export function CaseBody({ caseState, fromPay }: { caseState: CaseState; fromPay: boolean }) {
  const view = caseState.data as ApplicationView;
  const title = view.chain?.name ?? view.items.map((i) => i.name).join('、');

  useEffect(() => {
    if (view.number) void Taro.setNavigationBarTitle({ title: view.number }).catch(() => undefined);
  }, [view.number]);

  // 补正: what the named things hold now, before any change, so the review can say what was changed.
  useEffect(() => rememberBaseline(view), [view]);

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回申请',
      content: '撤回后本次申请即终止，如需办理要重新申请。确定撤回吗？',
      confirmText: '撤回',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    try {
      await withdrawApplication(view.id);
      await caseState.refresh();
      toast('已撤回', 'success');
    } catch {
      // request.ts has shown why (e.g. already accepted)
    }
  };

  return (
    <View>
      <View className="head-card case-head">
        <View className="case-head__number-row">
          <Text className="case-head__number-label">办件编号</Text>
          <Text id="case-number" className="case-head__number">
            {view.number ?? '提交后生成'}
          </Text>
        </View>
        <View className="case-head__status">
          <Tag tone={statusTone(view.status)}>
            <Text id="case-status">{CASE_STATUS_LABELS[view.status]}</Text>
          </Tag>
          {view.deadline ? (
            <Text id="case-deadline" className={`muted light light--${view.deadline.light}`}>
              {`承诺 ${formatDateTime(view.deadline.dueAt)} 前办结 · ${view.deadline.paused ? '等待补正，已暂停计时' : LIGHT_TEXT[view.deadline.light]}`}
            </Text>
          ) : null}
        </View>
        <Text className="head-card__title">{title}</Text>
        {view.chain ? <View className="head-card__sub">{view.items.map((i) => i.name).join(' → ')}</View> : null}
        <PickupCard view={view} />
      </View>

      <StageBar view={view} />

      {view.status === 'draft' ? (
        <View className="page-actions">
          <Button
            id="continue-button"
            kind="primary"
            block
            onClick={() => void Taro.navigateTo({ url: PAGES.applyForm(view.id) })}
          >
            继续填写
          </Button>
        </View>
      ) : null}

      <ResultSection view={view} />
      <RateEntry view={view} />
      <ItemResults view={view} />
      <TrackingSection view={view} />
      <HallSection view={view} />
      <AgentSection view={view} />
      <Notices view={view} />
      <GapSection caseState={caseState} />
      <PaySection caseState={caseState} fromPay={fromPay} />

      <Section title="办理进度" padded>
        <Timeline id="case-timeline" rows={caseTimelineRows(view.timeline)} />
      </Section>

      <CaseHelp view={view} />

      {WITHDRAWABLE.includes(view.status) ? (
        <View className="page-actions">
          <Button id="withdraw-button" kind="warn" block onClick={() => void withdraw()}>
            撤回申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}
