import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type TicketView } from '@onetrip/shared';
import { Button, Cell, Page, Remote, Section, Tag } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { getTicket, giveUpTicket } from '@/services/hall';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { cx } from '@/utils/cx';
import { LoginFirst } from '../common/LoginFirst';
import { beijingClock, longDay, slotRange } from '../common/dates';
import { aheadText, isActive, ticketStatusText } from '../common/labels';
import { usePolling } from '../common/use-polling';
import '../common/hall.scss';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/** How often a ticket still in the queue is read again: often enough not to miss a call, rarely enough for a full hall. */
export const TICKET_POLL_MS = 10_000;

function TicketCard({ ticket }: { ticket: TicketView }) {
  const ahead = aheadText(ticket);
  return (
    <View id="ticket-card" className="ticket-card">
      <Text className="ticket-card__group">{`${ticket.groupName} · ${ticket.hall}`}</Text>
      <View id="ticket-number" className="ticket-card__number">
        {ticket.number}
      </View>
      <Text
        id="ticket-status"
        data-status={ticket.status}
        className={cx('ticket-card__status', `ticket-card__status--${ticket.status}`)}
      >
        {ticketStatusText(ticket)}
      </Text>
      {ahead ? (
        <Text id="ticket-ahead" className="ticket-card__ahead">
          {ticket.ahead ? (
            <>
              前面还有 <Text className="ticket-card__count">{ticket.ahead}</Text> 人
            </>
          ) : (
            ahead
          )}
        </Text>
      ) : null}
      {isActive(ticket) ? (
        <Text id="ticket-refreshing" className="ticket-card__refresh muted">
          本页自动刷新，叫到您时请按提示到窗口办理
        </Text>
      ) : null}
    </View>
  );
}

/** 我的排队号 (`?id=`): the big number, where it stands, and 放弃排队 while waiting. */
export default function HallTicketPage() {
  const id = useRouter().params.id ?? '';
  const loggedIn = isLoggedIn();
  const ticket = useResource(
    useCallback(() => (loggedIn ? getTicket(id) : Promise.resolve(null)), [id, loggedIn]),
    { reloadOnShow: true },
  );
  const [busy, setBusy] = useState(false);
  useRefreshOnPullDown(ticket.refresh);
  const { refresh } = ticket;
  const tick = useCallback(async () => (await refresh()) !== undefined, [refresh]);
  usePolling(tick, TICKET_POLL_MS, !!ticket.data && isActive(ticket.data));

  const giveUp = async (view: TicketView) => {
    const { confirm } = await Taro.showModal({
      title: '放弃排队',
      content: `放弃后 ${view.number} 号作废，需要时可重新取号。确定放弃吗？`,
      confirmText: '放弃',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    setBusy(true);
    try {
      ticket.keep(await giveUpTicket(view.id));
      toast('已放弃排队', 'success');
    } catch (error) {
      toast(errorMessage(error));
      void ticket.refresh();
    } finally {
      setBusy(false);
    }
  };

  if (!loggedIn) {
    return (
      <Page id="hall-ticket">
        <LoginFirst title="登录后查看您的排队号" back={PAGES.hallTicket(id)} />
      </Page>
    );
  }

  return (
    <Page id="hall-ticket">
      <Remote state={ticket} notFound={{ title: '没有找到这个号码', desc: '请从“我的预约/取号”查看今天的号码' }}>
        {(view) =>
          view ? (
            <View>
              <TicketCard ticket={view} />
              <Section id="ticket-facts">
                <Cell title="日期" value={longDay(view.date)} />
                <Cell title="取号时间" value={beijingClock(view.takenAt)} />
                {view.booked && view.slot ? (
                  <Cell
                    id="ticket-booked"
                    title="预约时段"
                    value={<Tag tone="green">{`${slotRange(view.slot)} 预约优先`}</Tag>}
                  />
                ) : null}
                {view.window ? <Cell id="ticket-window" title="办理窗口" value={`${view.window} 号窗口`} /> : null}
              </Section>
              <View className="page-actions">
                {view.transferredTo ? (
                  <Button
                    id="ticket-transferred"
                    kind="primary"
                    block
                    onClick={() => void Taro.redirectTo({ url: PAGES.hallTicket(view.transferredTo?.id ?? '') })}
                  >
                    {`查看新号码 ${view.transferredTo.number}`}
                  </Button>
                ) : null}
                {view.status === 'waiting' ? (
                  <Button id="ticket-give-up" kind="warn" block loading={busy} onClick={() => void giveUp(view)}>
                    放弃排队
                  </Button>
                ) : null}
                <Button id="ticket-mine" block onClick={() => void Taro.navigateTo({ url: PAGES.hallAppointments() })}>
                  我的预约/取号
                </Button>
              </View>
            </View>
          ) : null
        }
      </Remote>
    </Page>
  );
}
