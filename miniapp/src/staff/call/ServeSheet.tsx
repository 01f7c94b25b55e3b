import { useCallback, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import { type StaffQueueRow } from '@onetrip/shared';
import { Button, Sheet } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { inputFocus } from '@/platform/input-focus';
import { useWideScreen } from '@/platform/viewport';
import { listStaffQueue } from '@/services/staff';
import { cx } from '@/utils/cx';
import { STAGE_TABS, type Clerk } from '../common/kinds';

/** The case linked to the ticket: its id for the BFF, its number for the screen. */
export interface LinkedCase {
  id: string;
  number: string;
}

/** Every case in the clerk's working queues (not the follow-ups), to find the one being served by number. */
async function casesAtHand(clerk: Clerk): Promise<StaffQueueRow[]> {
  const stages = STAGE_TABS[clerk.kind].map((t) => t.stage).filter((s) => s !== 'followup');
  const pages = await Promise.all(stages.map((stage) => listStaffQueue({ stage, pageSize: 50 })));
  const seen = new Set<string>();
  return pages.flatMap((p) => p.items).filter((row) => !seen.has(row.id) && Boolean(seen.add(row.id)));
}

/** Rows whose number holds what was typed (the whole number, or its last digits). */
export function matchCases(rows: StaffQueueRow[], typed: string): StaffQueueRow[] {
  const q = typed.trim().toUpperCase();
  return q ? rows.filter((r) => r.number.toUpperCase().includes(q)) : rows;
}

/**
 * 开始办理: links the ticket to the case being served, found by its number among the clerk's queues,
 * or serves without one; a walk-in with no case yet goes to 柜台受理 (`onStartCounterCase`).
 */
export function ServeSheet({
  clerk,
  busy,
  onClose,
  onServe,
  onStartCounterCase,
}: {
  clerk: Clerk;
  busy: boolean;
  onClose: () => void;
  onServe: (linked: LinkedCase | null) => void;
  onStartCounterCase: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<LinkedCase | null>(null);
  const wide = useWideScreen();
  const rows = useResource(useCallback(() => casesAtHand(clerk), [clerk]));
  const found = matchCases(rows.data ?? [], typed).slice(0, 20);
  return (
    <Sheet
      id="serve-dialog"
      title="开始办理"
      confirmId="serve-send"
      confirmText={chosen ? `开始办理 ${chosen.number}` : '不关联办件，开始办理'}
      busy={busy}
      onConfirm={() => onServe(chosen)}
      onClose={onClose}
    >
      <Input
        id="serve-search"
        className="sheet__input"
        value={typed}
        maxlength={20}
        {...inputFocus(wide)}
        placeholder="办件编号（可只输后几位）"
        onInput={(e) => {
          setTyped(e.detail.value);
          setChosen(null);
        }}
      />
      <View id="serve-cases" className="serve-cases">
        {rows.loading && !rows.data ? <View className="muted">正在查找您队列中的办件…</View> : null}
        {rows.data && !found.length ? (
          <View id="serve-none" className="muted">
            您的队列中没有这个编号的办件
          </View>
        ) : null}
        {found.map((row) => (
          <Text
            key={row.id}
            id={`serve-case-${row.id}`}
            className={cx('staff-choice', chosen?.id === row.id && 'staff-choice--on')}
            onClick={() => setChosen({ id: row.id, number: row.number })}
          >
            {`${row.number} ${row.itemNames.join('、')}`}
          </Text>
        ))}
      </View>
      <Button id="serve-walk-in" kind="plain" block onClick={onStartCounterCase}>
        现场新办（柜台受理）
      </Button>
    </Sheet>
  );
}
