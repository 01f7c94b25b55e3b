import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type StaffApplicationView } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { decideChain } from '@/services/staff';
import { toast } from '@/utils/toast';
import { type Clerk } from '../common/kinds';
import { type StaffCaseState } from '../common/use-staff-case';
import { ReasonDialog } from './ActionDialogs';

/**
 * 一链办理: after an item was denied, the chain's lead department says whether the other items go on
 * (the case is approved once they are, and only they are issued) or the whole case stops (不予许可).
 * Other departments and the hall-wide windows see that the decision is awaited.
 */
export function ChainDecisionSection({
  caseState,
  clerk,
  onChanged,
}: {
  caseState: StaffCaseState;
  clerk: Clerk;
  onChanged?: () => void;
}) {
  const view = caseState.data as StaffApplicationView;
  const [stopping, setStopping] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!view.awaitingChainDecision) return null;
  const lead = clerk.kind === 'department' && view.department === view.leadDepartment;
  const denied = view.items.filter((i) => i.status === 'denied').map((i) => `「${i.name}」`);

  const send = async (goOn: boolean, reason?: string) => {
    setBusy(true);
    const { ok } = await caseState.write((v) => decideChain(view.id, v, { goOn, ...(reason ? { reason } : {}) }));
    setBusy(false);
    setStopping(false);
    if (ok) {
      toast(goOn ? '其余事项继续办理' : '已终止办理', 'success');
      onChanged?.();
    }
  };
  const goOn = async () => {
    const { confirm } = await Taro.showModal({
      title: '继续办理',
      content: '不予许可的事项不再办理，其余事项继续审批并出证。确定吗？',
      confirmText: '继续办理',
    });
    if (confirm) await send(true);
  };

  return (
    <Section id="chain-decision" title="是否继续办理">
      <View className="staff-note">
        {`${denied.join('、')}不予许可。${lead ? '请决定其余事项是否继续办理。' : `等待牵头部门（${view.leadDepartment}）决定其余事项是否继续办理。`}`}
      </View>
      {lead ? (
        <View className="page-actions">
          <Button id="chain-go-on" kind="primary" block loading={busy} onClick={() => void goOn()}>
            其余事项继续办理
          </Button>
          <Button id="chain-stop" kind="warn" block onClick={() => setStopping(true)}>
            终止办理
          </Button>
        </View>
      ) : null}
      {stopping ? (
        <ReasonDialog
          id="chain-stop-dialog"
          title="终止办理（整件不予许可）"
          confirmText="确认终止"
          busy={busy}
          onClose={() => setStopping(false)}
          onSend={(reason) => void send(false, reason)}
        />
      ) : null}
    </Section>
  );
}
