import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { type CounterCaseView, type NoticeProblem } from '@onetrip/shared';
import { Sheet } from '@/components';
import { cx } from '@/utils/cx';
import { shanghaiDay } from '../common/day';
import { SupplementDialog } from '../case/SupplementDialog';
import { missingName, splitMissing } from './missing';

const DAY_MS = 86_400_000;
/** The BFF takes a due day from tomorrow up to 60 days ahead; none given, it counts 5 working days. */
const GAP_MAX_DAYS = 60;

/** The body of POST …/accept: nothing when nothing is missing, else the gaps and maybe their due day. */
export interface AcceptChoice {
  gaps?: string[];
  gapsDue?: string;
}

/**
 * 受理: what is still missing may only be gapAllowed materials (else the button is not offered), each
 * ticked to be accepted with a gap (容缺受理) by a day the person promises; untick one and the paper
 * must be brought first.
 */
export function AcceptSheet({
  view,
  busy,
  onClose,
  onSend,
}: {
  view: CounterCaseView;
  busy: boolean;
  onClose: () => void;
  onSend: (choice: AcceptChoice) => void;
}) {
  const { gaps: allowed } = splitMissing(view.missing);
  const [gaps, setGaps] = useState<string[]>(allowed);
  const [due, setDue] = useState('');
  const now = Date.now();
  const first = shanghaiDay(new Date(now + DAY_MS));
  const last = shanghaiDay(new Date(now + GAP_MAX_DAYS * DAY_MS));
  const unticked = allowed.filter((code) => !gaps.includes(code));
  const nameOf = (code: string) => view.materials.find((m) => m.code === code)?.name ?? code;
  const toggle = (code: string) =>
    setGaps((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  const originals = view.materials.filter((m) => m.originalChecked).length;
  return (
    <Sheet
      id="accept-dialog"
      title="受理"
      confirmId="accept-send"
      confirmText={gaps.length ? `容缺受理（${gaps.length} 项待补）` : '确认受理'}
      disabled={unticked.length > 0}
      busy={busy}
      onConfirm={() => onSend(gaps.length ? { gaps, ...(due ? { gapsDue: due } : {}) } : {})}
      onClose={onClose}
    >
      {allowed.length ? (
        <>
          <View className="muted">以下材料暂缺，可容缺受理（申请人在期限内补齐，出证前须补齐）：</View>
          <View>
            {allowed.map((code) => (
              <Text
                key={code}
                id={`gap-${code}`}
                className={cx('staff-choice', gaps.includes(code) && 'staff-choice--on')}
                onClick={() => toggle(code)}
              >
                {`${gaps.includes(code) ? '✓ ' : ''}${nameOf(code)}`}
              </Text>
            ))}
          </View>
          {unticked.length ? (
            <View id="accept-unticked" className="staff-note">
              {`未勾选的${unticked.map(nameOf).join('、')}须先收取，才能受理`}
            </View>
          ) : null}
          {gaps.length ? (
            <Picker
              id="gaps-due"
              mode="date"
              start={first}
              end={last}
              value={due || first}
              onChange={(e) => setDue(String(e.detail.value))}
            >
              <View className="picker-value counter-due">
                <Text>{due ? `补齐期限：${due}` : '补齐期限：默认受理后 5 个工作日'}</Text>
                <Text className="picker-value__arrow">›</Text>
              </View>
            </Picker>
          ) : null}
        </>
      ) : (
        <View className="muted">
          材料齐全、符合法定形式。受理后生成办件编号，开始计算承诺时限，并分送各部门并联审批。
        </View>
      )}
      <View className="muted">{`原件已核验 ${originals} / ${view.materials.length} 项`}</View>
    </Sheet>
  );
}

/**
 * 不予受理: the one-time notice (一次性告知书) lists everything the server finds missing — shown here
 * first — plus what the clerk adds (an expired ID card, a paper that does not match).
 */
export function RefuseSheet({
  view,
  busy,
  onClose,
  onSend,
}: {
  view: CounterCaseView;
  busy: boolean;
  onClose: () => void;
  onSend: (problems: NoticeProblem[]) => void;
}) {
  const listed = view.missing;
  return (
    <SupplementDialog
      id="refuse-dialog"
      title="不予受理：出具一次性告知书"
      confirmId="refuse-send"
      confirmText={(count) => (count ? `出具告知书（另加 ${count} 项）` : '出具一次性告知书')}
      minProblems={listed.length ? 0 : 1}
      lead={
        <View id="refuse-listed" className="staff-preview">
          {listed.length ? (
            <>
              <View className="muted">{`告知书将列出以下 ${listed.length} 项未齐的内容：`}</View>
              {listed.map((entry, i) => (
                <View
                  key={i}
                  className="staff-preview__row"
                >{`${i + 1}. ${missingName(view, entry)} — ${entry.reason}`}</View>
              ))}
            </>
          ) : (
            <View className="muted">信息和材料已齐全：请写明不予受理的问题。</View>
          )}
        </View>
      }
      view={view}
      busy={busy}
      onClose={onClose}
      onSend={(body) => onSend(body.problems)}
    />
  );
}
