import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import {
  CASE_STATUS_LABELS,
  DELIVERY_METHOD_LABELS,
  slotOf,
  type FormField,
  type StaffApplicationView,
  type SupplementBody,
} from '@onetrip/shared';
import { Button, caseTimelineRows, Cell, Section, Tag, Timeline } from '@/components';
import * as staff from '@/services/staff';
import { statusTone } from '@/utils/labels';
import { fenToYuan } from '@/utils/money';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { heldText } from '@/features/case-materials/held';
import { CommitmentStaffSection } from './CommitmentStaffSection';
import { caseActions, SEPARATION_NOTE, type Clerk } from '../common/kinds';
import { LightDot } from '../common/LightDot';
import { openUpload } from '../common/open-upload';
import { type StaffCaseState } from '../common/use-staff-case';
import { AcceptDialog, HandoverDialog, IssueDialog, ReasonDialog } from './ActionDialogs';
import { FollowupSection } from './FollowupSection';
import { ShipmentSection } from './ShipmentSection';
import { SupplementDialog } from './SupplementDialog';
import { CertificatesDialog } from './CertificatesDialog';
import { ChainDecisionSection } from './ChainDecisionSection';
import { ChaseBanner } from './ChaseBanner';
import { itemResult } from '@/features/chain-items/item-result';

type DialogName = 'accept' | 'supplement' | 'reject' | 'issue' | 'handover' | { deny: string };

/** 王小英 → 王*英; two characters → 王*. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * A material's line for staff: its files, and what the centre holds instead of or beside them
 * (`heldText`: the verified identity, the signed commitment, an earlier chain item, or the electronic
 * licence with its origin: number, issuer, issuing case); a gap still open says so, with its day.
 */
export function materialDesc(m: StaffApplicationView['materials'][number], gapDue?: string): string {
  const files = m.uploadIds.length ? `${m.uploadIds.length} 个文件` : '';
  const held = m.heldBy ? heldText(m.heldBy) : '';
  // 容缺: accepted without it, to be supplied by the day the commitment named.
  const gap = gapDue !== undefined && !files ? `容缺待补（${gapDue ? `${gapDue} 前` : '出证前'}）` : '';
  return [held, files, gap].filter(Boolean).join('；') || '未上传';
}

/** 分面上传: the side a file is (人像面, 国徽面), for the staff's link to it. */
function sideLabel(m: StaffApplicationView['materials'][number], uploadId: string): string | undefined {
  const slot = slotOf(m, uploadId);
  return slot ? m.slots?.find((s) => s.key === slot)?.label : undefined;
}

/** An item's line for staff: its department and its own result (certificate number, reason, what it waits for). */
function itemDesc(view: StaffApplicationView, item: StaffApplicationView['items'][number]): string {
  const { label, detail } = itemResult(view, item);
  return [item.department, label, detail].filter(Boolean).join(' · ');
}

function formatValue(field: FormField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '未填写';
  const option = (v: unknown) => field.options?.find((o) => o.value === v)?.label ?? String(v);
  if (Array.isArray(value)) return value.map(option).join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field.type === 'money' && typeof value === 'number') return `${fenToYuan(value)} 元`;
  if (field.options) return option(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
}

/**
 * The case as the window sees it, and the one-tap actions its status and the clerk's kind allow
 * (`caseActions`). `onChanged` runs after an action went through (the queue beside it reloads).
 */
export function StaffCaseBody({
  caseState,
  clerk,
  onChanged,
}: {
  caseState: StaffCaseState;
  clerk: Clerk;
  onChanged?: () => void;
}) {
  const view = caseState.data as StaffApplicationView;
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [busy, setBusy] = useState(false);
  const actions = caseActions(view, clerk);
  const clock = view.status === 'submitted' ? view.acceptance : view.deadline;

  const run = async (action: (version: number) => Promise<StaffApplicationView>, done: string) => {
    setBusy(true);
    const { ok } = await caseState.write(action);
    setBusy(false);
    setDialog(null);
    if (ok) {
      toast(done, 'success');
      onChanged?.();
    }
  };

  const onSupplement = (body: SupplementBody) => void run((v) => staff.sendSupplement(view.id, v, body), '已发送告知');

  const open = async (uploadId: string) => {
    try {
      await openUpload(uploadId);
    } catch (e) {
      toast(e instanceof Error ? e.message : '打开失败');
    }
  };

  return (
    <View>
      <View className="staff-case__head">
        <Text id="case-number" className="case-head__number">
          {view.number}
        </Text>
        <View>
          <Tag tone={statusTone(view.status)}>
            <Text id="case-status">{CASE_STATUS_LABELS[view.status]}</Text>
          </Tag>
        </View>
        {clock ? (
          <View id="case-deadline" className="muted">
            {`${view.status === 'submitted' ? '受理期限' : '办结期限'} ${formatDateTime(clock.dueAt)} `}
            <LightDot id="case-light" light={clock.light} paused={clock.paused} />
          </View>
        ) : null}
        {view.applicant ? (
          <View id="case-applicant" className="muted">
            {`申请人 ${maskName(view.applicant.name)} · ${view.applicant.idNumberMasked} · ${view.applicant.phoneMasked}`}
          </View>
        ) : null}
        {view.gaps.length ? (
          <View id="case-gaps" className={view.gapList?.[0]?.overdue ? 'gap-overdue' : 'muted'}>
            {`容缺待补：${view.gaps.map((c) => view.materials.find((m) => m.code === c)?.name ?? c).join('、')}`}
            {view.gapsDue ? `（${view.gapList?.[0]?.overdue ? '已逾期，' : ''}${view.gapsDue} 前补齐）` : ''}
          </View>
        ) : null}
        {view.certificateNo ? <View className="muted">{`证照编号 ${view.certificateNo}`}</View> : null}
        {view.rejectReason ? <View className="muted">{`不予受理理由：${view.rejectReason}`}</View> : null}
      </View>

      <ChaseBanner chase={view.chase} />
      <FollowupSection view={view} />
      <ChainDecisionSection caseState={caseState} clerk={clerk} onChanged={onChanged} />
      <CommitmentStaffSection caseState={caseState} onChanged={onChanged} />
      <ShipmentSection caseState={caseState} />

      <View id="staff-actions" className="page-actions">
        {actions.accept ? (
          <>
            <Button id="action-accept" kind="primary" block onClick={() => setDialog('accept')}>
              受理
            </Button>
            <Button id="action-supplement" block onClick={() => setDialog('supplement')}>
              一次性告知
            </Button>
            <Button id="action-reject" kind="warn" block onClick={() => setDialog('reject')}>
              不予受理
            </Button>
          </>
        ) : null}
        {actions.issue ? (
          <Button id="action-issue" kind="primary" block onClick={() => setDialog('issue')}>
            出证
          </Button>
        ) : null}
        {actions.handover ? (
          <Button id="action-handover" kind="primary" block onClick={() => setDialog('handover')}>
            窗口领取
          </Button>
        ) : null}
        {actions.separated ? (
          <View id="separation-note" className="staff-note">
            {SEPARATION_NOTE}
          </View>
        ) : null}
        {clerk.kind === 'comprehensive' && view.status === 'accepted' ? (
          <View id="routed-note" className="staff-note">
            已分送后台审批：各部门审批本部门的事项
          </View>
        ) : null}
      </View>

      <Section id="case-items" title="办理事项">
        {view.items.map((item) => {
          const mine = actions.decide.includes(item.code);
          // A chain item waiting for an earlier item's result cannot be approved yet (the BFF says 409 too).
          const waits = (item.dependsOn ?? []).some((c) => view.items.find((i) => i.code === c)?.status !== 'approved');
          return (
            <Cell key={item.code} id={`item-${item.code}`} title={item.name} desc={itemDesc(view, item)}>
              {mine ? (
                <View className="staff-item__actions">
                  {waits ? null : (
                    <Button
                      id={`approve-${item.code}`}
                      kind="primary"
                      size="small"
                      loading={busy}
                      onClick={() => void run((v) => staff.approveItem(view.id, item.code, v), '已审批通过')}
                    >
                      审批通过
                    </Button>
                  )}
                  <Button
                    id={`deny-${item.code}`}
                    kind="warn"
                    size="small"
                    onClick={() => setDialog({ deny: item.code })}
                  >
                    不予许可
                  </Button>
                </View>
              ) : null}
            </Cell>
          );
        })}
      </Section>

      <Section id="case-data" title="申请信息">
        {view.form.fields.map((f) => (
          <Cell
            key={f.key}
            id={`data-${f.key}`}
            className="data-row"
            title={f.label}
            value={formatValue(f, view.data[f.key])}
          />
        ))}
        {view.delivery ? (
          <Cell
            id="staff-delivery-method"
            className="data-row"
            title="领取方式"
            value={DELIVERY_METHOD_LABELS[view.delivery.method]}
          />
        ) : null}
      </Section>

      <Section id="case-materials" title="申请材料">
        {view.materials.map((m) => (
          <Cell
            key={m.code}
            id={`material-${m.code}`}
            title={m.name}
            desc={materialDesc(m, view.gaps.includes(m.code) ? (view.gapsDue ?? '') : undefined)}
          >
            <View>
              {m.uploadIds.map((uploadId, i) => (
                <Text
                  key={uploadId}
                  id={`upload-${uploadId}`}
                  className="link staff-upload"
                  onClick={() => void open(uploadId)}
                >
                  {`查看${sideLabel(m, uploadId) ?? `文件${i + 1}`} `}
                </Text>
              ))}
            </View>
          </Cell>
        ))}
      </Section>

      <Section title="办理进度" padded>
        <Timeline id="case-timeline" rows={caseTimelineRows(view.timeline)} />
      </Section>

      {dialog === 'accept' ? (
        <AcceptDialog
          view={view}
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(gaps) => void run((v) => staff.acceptApplication(view.id, v, gaps.length ? { gaps } : {}), '已受理')}
        />
      ) : null}
      {dialog === 'supplement' ? (
        <SupplementDialog view={view} busy={busy} onSend={onSupplement} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'reject' ? (
        <ReasonDialog
          id="reject-dialog"
          title="不予受理"
          confirmText="确认不予受理"
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(reason) => void run((v) => staff.rejectApplication(view.id, v, { reason }), '已不予受理')}
        />
      ) : null}
      {dialog && typeof dialog === 'object' ? (
        <ReasonDialog
          id="deny-dialog"
          title="不予许可"
          confirmText="确认不予许可"
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(reason) => void run((v) => staff.denyItem(view.id, dialog.deny, v, { reason }), '已不予许可')}
        />
      ) : null}
      {/* A chain's items each have their own result; a case of freely chosen items keeps one number (API.md). */}
      {dialog === 'issue' && view.chain && view.items.filter((i) => i.status === 'approved').length > 1 ? (
        <CertificatesDialog
          view={view}
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(certificates) => void run((v) => staff.issueCertificate(view.id, v, { certificates }), '已出证')}
        />
      ) : dialog === 'issue' ? (
        <IssueDialog
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(certificateNo) => void run((v) => staff.issueCertificate(view.id, v, { certificateNo }), '已出证')}
        />
      ) : null}
      {dialog === 'handover' ? (
        <HandoverDialog
          busy={busy}
          onClose={() => setDialog(null)}
          onSend={(pickupCode) => void run((v) => staff.handover(view.id, v, { pickupCode }), '已办结')}
        />
      ) : null}
    </View>
  );
}
