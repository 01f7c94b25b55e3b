import { useState } from 'react';
import { View } from '@tarojs/components';
import { type FollowupRow, type StaffApplicationView } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { closeFollowup } from '@/services/staff';
import { toast } from '@/utils/toast';
import { LightDot } from '../common/LightDot';
import { formatDate } from '../common/labels';
import { useOpenFollowup, type OpenFollowup } from '../common/use-followup';
import { RatingSummary } from '../common/RatingSummary';
import { TextSheet } from './ActionDialogs';

/** 办结回访: what was done about the bad rating, in a note kept with the follow-up. */
export function FollowupDialog({
  busy,
  onClose,
  onSend,
}: {
  busy: boolean;
  onClose: () => void;
  onSend: (note: string) => void;
}) {
  return (
    <TextSheet
      id="followup-dialog"
      inputId="followup-note"
      confirmId="followup-send"
      title="办结回访"
      hint="记录回访情况和处理结果（不超过 500 字）："
      placeholder="如：已电话回访申请人，说明超时原因并致歉，申请人表示理解"
      confirmText="确认办结回访"
      maxLength={500}
      multiline
      busy={busy}
      onClose={onClose}
      onSend={onSend}
    />
  );
}

function OpenFollowupBody({ row, onClosed }: { row: OpenFollowup; onClosed: (closed: FollowupRow | null) => void }) {
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const send = async (note: string) => {
    setBusy(true);
    try {
      const closed = await closeFollowup(row.id, { note });
      setDialog(false);
      onClosed(closed);
      toast('回访已办结', 'success');
    } catch (e) {
      setDialog(false);
      // Someone else closed it meanwhile (409 INVALID_STATE): say so and stop offering the button.
      if (isApiError(e) && e.code === 'INVALID_STATE') onClosed(null);
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <RatingSummary id="followup-rating" rating={row.followup} />
      <View className="muted">{`评价于 ${formatDate(row.followup.evaluatedAt)}`}</View>
      {row.dueAt && row.light ? (
        <View id="followup-due" className="muted">
          {`回访期限 ${formatDate(row.dueAt)} `}
          <LightDot light={row.light} />
        </View>
      ) : null}
      <View className="page-actions staff-followup__actions">
        <Button id="action-followup-close" kind="primary" block onClick={() => setDialog(true)}>
          办结回访
        </Button>
      </View>
      {dialog ? <FollowupDialog busy={busy} onClose={() => setDialog(false)} onSend={(n) => void send(n)} /> : null}
    </>
  );
}

/**
 * 回访 of a case rated 1–2 stars: the rating (never who gave it) and 办结回访 with a note. Shown only
 * when the case has been rated and its follow-up is open in the department's queue.
 */
export function FollowupSection({ view }: { view: StaffApplicationView }) {
  const rated = view.status === 'completed' && view.timeline.some((e) => e.action === 'evaluated');
  const open = useOpenFollowup(view.id, rated);
  const [closed, setClosed] = useState<FollowupRow | null | undefined>(undefined);
  if (closed !== undefined) {
    return (
      <Section id="case-followup" title="回访" padded>
        <View id="followup-closed" className="staff-followup__closed">
          {closed ? `回访已办结：${closed.note ?? ''}` : '该回访已办结'}
        </View>
      </Section>
    );
  }
  if (!open) return null;
  return (
    <Section id="case-followup" title="回访（差评，需在期限内回访办结）" padded>
      <OpenFollowupBody row={open} onClosed={setClosed} />
    </Section>
  );
}
