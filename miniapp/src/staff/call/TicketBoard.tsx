import { Text, View } from '@tarojs/components';
import { type StaffTicketView } from '@onetrip/shared';
import { TICKET_STATUS_LABELS } from './console-state';
import { type LinkedCase } from './ServeSheet';

/** What a ticket in hand says under its number: where it was called, how often, what became of it. */
export function ticketLine(ticket: StaffTicketView): string {
  const parts: string[] = [TICKET_STATUS_LABELS[ticket.status]];
  if (ticket.status === 'called' && ticket.window) parts.push(`请到 ${ticket.window} 窗口`);
  if (ticket.recalls > 0) parts.push(`已重呼 ${ticket.recalls} 次`);
  if (ticket.status === 'transferred' && ticket.transferredTo) parts.push(`新号 ${ticket.transferredTo.number}`);
  return parts.join(' · ');
}

/** The number being served, big enough to read out across the counter. */
export function TicketBoard({
  ticket,
  linked,
  onOpenCase,
}: {
  ticket: StaffTicketView | null;
  linked: LinkedCase | null;
  onOpenCase: (id: string) => void;
}) {
  return (
    <View id="call-board" className="call-board" data-status={ticket?.status ?? 'none'}>
      <Text className="call-board__label">当前号码</Text>
      <Text id="call-number" className={ticket ? 'call-board__number' : 'call-board__number call-board__number--none'}>
        {ticket?.number ?? '—'}
      </Text>
      <Text id="call-status" className="call-board__status">
        {ticket ? ticketLine(ticket) : '尚未叫号'}
      </Text>
      {ticket?.caseId ? (
        <Text id="call-open-case" className="link call-board__case" onClick={() => onOpenCase(ticket.caseId as string)}>
          {`办理办件 ${linked?.id === ticket.caseId ? linked.number : ''} ›`}
        </Text>
      ) : null}
    </View>
  );
}
