import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { FEE_DUE_LABELS, formatFen, type ApplicationView, type CaseStatus, type FeeDue } from '@onetrip/shared';
import { Button, Section, Tag } from '@/components';
import { type CaseState } from '@/hooks/use-case';
import { payForCase } from '@/platform/pay';
import { isApiError } from '@/services/api-error';
import { createPayment, newIdempotencyKey } from '@/services/applications';
import { PAGES } from '@/utils/navigation';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';

/** A fee can be paid once the case is submitted, and until it is closed without a certificate. */
const NOT_PAYABLE: ReadonlyArray<CaseStatus> = ['draft', 'withdrawn', 'rejected', 'denied'];

/** When a fee not yet payable will be asked for (the catalog's due, rules/fees.ts); the approval message asks too. */
const LATER: Record<Exclude<FeeDue, 'submit'>, string> = {
  approval: '审批通过后才收取',
  issue: '全部事项审批通过后收取',
};

/** WeChat Pay's notification may arrive a moment after the user is back: look a few times. */
const CONFIRM_TRIES = 6;
const CONFIRM_GAP_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A paid case closed without a certificate is refunded in full: what the payer sees meanwhile and after. */
const REFUND_LABELS = { refunding: '退款中', refunded: '已退款' } as const;

/** What the total is made of; postage alone is just 快递费. */
function breakdown({ items, express }: ApplicationView['fee']): string {
  if (express <= 0) return `事项费用 ${formatFen(items)}`;
  return items > 0 ? `事项费用 ${formatFen(items)} + 快递费 ${formatFen(express)}` : `快递费 ${formatFen(express)}`;
}

/** 应缴 and 去支付; 已支付 once WeChat Pay has told the server; 退款中 / 已退款 when it is given back. */
export function PaySection({ caseState, fromPay }: { caseState: CaseState; fromPay: boolean }) {
  const view = caseState.data as ApplicationView;
  const { refresh } = caseState;
  // One key per visit: a second tap (or a retry after a lost answer) reuses the same order.
  const [key] = useState(newIdempotencyKey);
  const [paying, setPaying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const paid = view.payment?.status === 'paid';

  const confirmPaid = useCallback(async () => {
    setConfirming(true);
    setUnconfirmed(false);
    for (let i = 0; i < CONFIRM_TRIES; i += 1) {
      const fresh = await refresh();
      if (fresh?.payment?.status === 'paid') {
        setConfirming(false);
        toast('支付成功', 'success');
        return;
      }
      if (i < CONFIRM_TRIES - 1) await sleep(CONFIRM_GAP_MS);
    }
    setConfirming(false);
    setUnconfirmed(true);
  }, [refresh]);

  // Back from the H5 cashier (`from=pay`): the case was loaded already; wait for the notification if needed.
  useEffect(() => {
    if (fromPay && !paid) void confirmPaid();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit, with the case as it was loaded
  }, []);

  if (view.fee.total <= 0) return null;

  const pay = async () => {
    setPaying(true);
    try {
      const created = await createPayment(view.id, key);
      const outcome = await payForCase(created.requestPayment, PAGES.caseDetail(view.id, 'pay'));
      if (outcome === 'paid') await confirmPaid();
      else if (outcome === 'cancelled') toast('已取消支付');
    } catch (error) {
      // request.ts has shown an API error; the platform's own failure is shown here.
      if (!isApiError(error)) {
        toast(error instanceof Error ? error.message : '支付未完成');
      }
    } finally {
      setPaying(false);
    }
  };

  // A fee the catalog asks later: one plain sentence of when, in place of the button.
  const { due } = view.fee;
  const closed = view.status !== 'draft' && NOT_PAYABLE.includes(view.status);
  const laterText =
    due === 'submit' || view.fee.payableNow || closed || paid
      ? null
      : view.status === 'draft'
        ? `提交时无需缴费，${LATER[due]}。`
        : `${LATER[due]}，届时会通知您缴费；缴清后出证。`;
  // The amount's label follows the money: owed, paid, or on its way back.
  const refundState = view.payment?.status;
  const amountLabel =
    refundState === 'refunded' ? '已退' : refundState === 'refunding' ? '应退' : paid ? '已缴' : '应缴';

  const refund =
    view.payment?.status === 'refunding' || view.payment?.status === 'refunded' ? view.payment.status : null;
  let action;
  if (refund) {
    action = (
      <Tag tone={refund === 'refunded' ? 'green' : 'orange'}>
        <Text id="pay-status">{REFUND_LABELS[refund]}</Text>
      </Tag>
    );
  } else if (paid) {
    action = (
      <Tag tone="green">
        <Text id="pay-status">已支付</Text>
      </Tag>
    );
  } else if (confirming) {
    action = (
      <Text id="pay-confirming" className="muted">
        正在确认支付结果…
      </Text>
    );
  } else if (closed) {
    action = <Text className="muted">无需缴费</Text>;
  } else if (view.status === 'draft' && view.fee.due === 'submit') {
    action = <Text className="muted">提交后缴费</Text>;
  } else if (!view.fee.payableNow) {
    action = (
      <Text id="pay-later" className="muted">
        {FEE_DUE_LABELS[view.fee.due]}
      </Text>
    );
  } else {
    action = (
      <Button id="pay-button" kind="primary" size="small" loading={paying} onClick={() => void pay()}>
        去支付
      </Button>
    );
  }

  return (
    <Section id="case-payment" title="缴费">
      <View className="cell">
        <View className="cell__main">
          <View>
            {amountLabel} <Text className="fee-total__value">{formatFen(view.fee.total)}</Text>
          </View>
          <View className="muted">
            {breakdown(view.fee)}
            {(paid || refund) && view.payment?.paidAt ? ` · ${formatDateTime(view.payment.paidAt)} 支付` : ''}
            {refund ? (refund === 'refunded' ? ' · 已原路退回' : ' · 正在原路退回') : ''}
          </View>
        </View>
        <View className="cell__value">{action}</View>
      </View>
      {laterText ? (
        <View id="pay-when" className="hint">
          {laterText}
        </View>
      ) : null}
      {unconfirmed ? (
        <View id="pay-unconfirmed" className="hint">
          暂未收到支付结果。如已付款，请稍后
          <Text className="link" onClick={() => void confirmPaid()}>
            刷新
          </Text>
          查看。
        </View>
      ) : null}
    </Section>
  );
}
