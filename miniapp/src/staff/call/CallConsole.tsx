import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type HallGroup, type StaffTicketView } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import * as hall from '@/services/hall-clerk';
import { asApiError } from '@/services/api-error';
import { getSessionUser } from '@/services/session';
import { cx } from '@/utils/cx';
import { toast } from '@/utils/toast';
import { type Clerk } from '../common/kinds';
import { STAFF_PAGES } from '../common/labels';
import { consoleButtons, recall, remember, transferTargets, type ConsoleMemory } from './console-state';
import { ServeSheet, type LinkedCase } from './ServeSheet';
import { TicketBoard } from './TicketBoard';
import { TransferSheet } from './TransferSheet';

/** How often the group's waiting count is read again while the console is open. */
const WAITING_REFRESH_MS = 20_000;

type Memory = ConsoleMemory & { linked?: LinkedCase | null };

/**
 * 叫号 at one window: the clerk picks the group and window (remembered on this device), calls the next
 * number, recalls it, marks a no-show, sends it on to another group, starts serving it linked to a case,
 * and finishes it. The group's waiting count is shown and read again after each step and every 20 s.
 */
export function CallConsole({ clerk, served, all }: { clerk: Clerk; served: HallGroup[]; all: HallGroup[] }) {
  const user = getSessionUser()?.id ?? '';
  const [memory, setMemory] = useState<Memory>(() => recall(user));
  const [busy, setBusy] = useState(false);
  const [sheet, setSheet] = useState<'transfer' | 'serve' | null>(null);
  const [problem, setProblem] = useState('');
  const group = served.find((g) => g.code === memory.group) ?? served[0];
  const windowNo = group?.windows.includes(memory.window) ? memory.window : '';

  const update = (patch: Partial<Memory>) =>
    setMemory((m) => {
      const next = { ...m, ...patch };
      remember(next);
      return next;
    });

  const code = group?.code ?? '';
  const waiting = useResource(useCallback(() => (code ? hall.getHallGroup(code) : Promise.resolve(null)), [code]));
  const { refresh } = waiting;
  // A ticket of another day (the console left open overnight) is no longer in hand. The day is the
  // hall's (`today` of the group), not this device's clock.
  const today = waiting.data?.today.date;
  const ticket = memory.ticket && (!today || memory.ticket.date === today) ? memory.ticket : null;
  const buttons = consoleButtons(ticket, Boolean(group && windowNo));
  const inHand = buttons.done;
  useEffect(() => {
    if (!code) return undefined;
    const timer = setInterval(() => void refresh(), WAITING_REFRESH_MS);
    return () => clearInterval(timer);
  }, [code, refresh]);

  const act = async (run: () => Promise<StaffTicketView>, done: string, extra: Partial<Memory> = {}) => {
    setBusy(true);
    setProblem('');
    try {
      update({ ticket: await run(), ...extra });
      setSheet(null);
      toast(done, 'success');
    } catch (e) {
      const error = asApiError(e);
      if (error.code === 'FORBIDDEN') setProblem(`您不负责该窗口分组，不能在此叫号。${error.message}`);
      // The ticket is no longer this window's (another clerk, another day): nothing is in hand.
      else if (error.code === 'NOT_FOUND') update({ ticket: null, linked: null });
      toast(error.message);
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  const onStartCounterCase = () => {
    setSheet(null);
    const query = ticket ? `?ticket=${encodeURIComponent(ticket.id)}&group=${encodeURIComponent(ticket.group)}` : '';
    void Taro.navigateTo({ url: `${STAFF_PAGES.counter}${query}` });
  };

  return (
    <View className="call-console">
      <Section id="call-groups" title="分组">
        <View className="call-choices">
          {served.map((g) => (
            <Text
              key={g.code}
              id={`call-group-${g.code}`}
              className={cx('staff-choice', g.code === group?.code && 'staff-choice--on')}
              onClick={() => (inHand ? toast('请先办结、过号或转组当前号码') : update({ group: g.code }))}
            >
              {`${g.name}（${g.hall}）`}
            </Text>
          ))}
        </View>
      </Section>
      <Section id="call-windows" title="窗口">
        <View className="call-choices">
          {(group?.windows ?? []).map((w) => (
            <Text
              key={w}
              id={`call-window-${w}`}
              className={cx('staff-choice', w === windowNo && 'staff-choice--on')}
              // The group shown first may never have been picked: it is remembered with the window.
              onClick={() => update({ group: group?.code ?? '', window: w })}
            >
              {w}
            </Text>
          ))}
        </View>
        {!windowNo ? <View className="hint">请选择您所在的窗口</View> : null}
      </Section>

      <TicketBoard
        ticket={ticket}
        linked={memory.linked ?? null}
        onOpenCase={(id) => void Taro.navigateTo({ url: STAFF_PAGES.case(id) })}
      />
      <View id="call-waiting" className="call-waiting">
        <Text>
          {waiting.data
            ? `${waiting.data.name} 等候 ${waiting.data.today.waiting} 人`
            : waiting.error
              ? '等候人数暂时无法读取'
              : '正在读取等候人数…'}
        </Text>
        <Text id="call-waiting-refresh" className="link" onClick={() => void refresh()}>
          刷新
        </Text>
      </View>
      {problem ? (
        <View id="call-problem" className="staff-note call-problem">
          {problem}
        </View>
      ) : null}

      <View id="call-actions" className="call-actions">
        <Button
          id="call-next"
          kind="primary"
          size="large"
          block
          disabled={!buttons.next}
          loading={busy && buttons.next}
          onClick={() => group && void act(() => hall.callNext(group.code, windowNo), '已叫号', { linked: null })}
        >
          叫下一位
        </Button>
        <View className="call-actions__row">
          <Button
            id="call-recall"
            disabled={!buttons.recall || busy}
            onClick={() => ticket && void act(() => hall.recallTicket(ticket.id), '已重呼')}
          >
            重呼
          </Button>
          <Button
            id="call-no-show"
            kind="warn"
            disabled={!buttons.noShow || busy}
            onClick={() => ticket && void act(() => hall.noShowTicket(ticket.id), '已过号')}
          >
            过号
          </Button>
          <Button id="call-transfer" disabled={!buttons.transfer || busy} onClick={() => setSheet('transfer')}>
            转其他组
          </Button>
        </View>
        <View className="call-actions__row">
          <Button id="call-serve" kind="plain" disabled={!buttons.serve || busy} onClick={() => setSheet('serve')}>
            开始办理
          </Button>
          <Button
            id="call-done"
            kind="primary"
            disabled={!buttons.done || busy}
            onClick={() => ticket && void act(() => hall.finishTicket(ticket.id), '已办结')}
          >
            办结
          </Button>
        </View>
      </View>

      {sheet === 'transfer' && ticket && group ? (
        <TransferSheet
          targets={transferTargets(all, group)}
          busy={busy}
          onClose={() => setSheet(null)}
          onSend={(to) => void act(() => hall.transferTicket(ticket.id, to), '已转组')}
        />
      ) : null}
      {sheet === 'serve' && ticket ? (
        <ServeSheet
          clerk={clerk}
          busy={busy}
          onClose={() => setSheet(null)}
          onServe={(linked) => void act(() => hall.serveTicket(ticket.id, linked?.id), '开始办理', { linked })}
          onStartCounterCase={onStartCounterCase}
        />
      ) : null}
    </View>
  );
}
