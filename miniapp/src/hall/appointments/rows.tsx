import { Text, View } from '@tarojs/components';
import { type AppointmentView, type TicketView } from '@onetrip/shared';
import { Button, Cell, Tag } from '@/components';
import { cx } from '@/utils/cx';
import { longDay, slotRange } from '../common/dates';
import { aheadText, appointmentStatus, TICKET_TONE, ticketStatusText } from '../common/labels';

/** One of today's tickets: number, group, where it stands; opens the ticket. */
export function TicketRow({ ticket, onOpen }: { ticket: TicketView; onOpen: () => void }) {
  const ahead = aheadText(ticket);
  return (
    <Cell
      id={`ticket-row-${ticket.id}`}
      className="hall-row"
      onClick={onOpen}
      title={
        <View className="hall-row__top">
          <Text className="hall-row__number">{ticket.number}</Text>
          <Tag tone={TICKET_TONE[ticket.status]}>{ticketStatusText(ticket)}</Tag>
        </View>
      }
      desc={`${ticket.groupName} · ${ticket.hall}${ahead ? ` · ${ahead}` : ''}`}
    />
  );
}

export interface AppointmentActions {
  /** 签到取号 is offered: the day has come and the hall hands out tickets */
  canCheckIn: boolean;
  busy: boolean;
  onCheckIn: () => void;
  onCancel: () => void;
  onTicket: () => void;
}

/** An appointment: group, day and slot, its state, and what can be done with it now. */
export function AppointmentRow(props: { view: AppointmentView; today: string; picked: boolean } & AppointmentActions) {
  const { view, today } = props;
  const status = appointmentStatus(view, today);
  const upcoming = view.status === 'booked' && view.date >= today;
  return (
    <Cell
      id={`appointment-${view.id}`}
      className={cx('hall-row', props.picked && 'hall-row--picked')}
      title={
        <View className="hall-row__top">
          <Text className="hall-row__title">{view.groupName}</Text>
          <Tag tone={status.tone}>
            <Text id={`appointment-status-${view.id}`}>{status.text}</Text>
          </Tag>
        </View>
      }
    >
      <View id={`appointment-when-${view.id}`}>{`${longDay(view.date)} ${slotRange(view.slot)}`}</View>
      <View className="cell__desc">{view.hall}</View>
      {upcoming && !props.canCheckIn ? <View className="cell__desc">请于预约当天到大厅签到取号</View> : null}
      {upcoming || view.ticketId ? (
        <View className="hall-row__actions">
          {upcoming && props.canCheckIn ? (
            <Button
              id={`check-in-${view.id}`}
              kind="primary"
              size="small"
              loading={props.busy}
              onClick={props.onCheckIn}
            >
              签到取号
            </Button>
          ) : null}
          {upcoming ? (
            <Button id={`cancel-${view.id}`} kind="warn" size="small" disabled={props.busy} onClick={props.onCancel}>
              取消预约
            </Button>
          ) : null}
          {view.ticketId ? (
            <Button id={`appointment-ticket-${view.id}`} size="small" onClick={props.onTicket}>
              查看号码
            </Button>
          ) : null}
        </View>
      ) : null}
    </Cell>
  );
}
