import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CounterCaseView, type NoticeProblem } from '@onetrip/shared';
import { Button } from '@/components';
import { errorMessage, isApiError } from '@/services/api-error';
import { acceptCounterCase, refuseIntake } from '@/services/counter';
import { toast } from '@/utils/toast';
import { AcceptSheet, RefuseSheet, type AcceptChoice } from './DecideSheets';
import { splitMissing } from './missing';
import { type CounterCaseState } from './use-counter-case';

/**
 * 受理 and 不予受理 of a draft. Both first save what the form still holds (`flush`: false when a value
 * must be fixed first). 受理 is offered once nothing but gapAllowed materials is missing; a 422
 * INCOMPLETE (a colleague changed something) reloads the case, whose `missing` then says what.
 */
export function Decide({
  record,
  flush,
  onFormProblems,
  explain = true,
}: {
  record: CounterCaseState;
  flush: () => Promise<boolean>;
  onFormProblems: () => void;
  /** Say why 受理 waits (beside the form); the phone's bottom bar keeps to its two buttons. */
  explain?: boolean;
}) {
  const view = record.data as CounterCaseView;
  const [sheet, setSheet] = useState<'accept' | 'refuse' | null>(null);
  const [busy, setBusy] = useState(false);
  const { blocking } = splitMissing(view.missing);

  const open = async (which: 'accept' | 'refuse') => {
    setBusy(true);
    const saved = await flush();
    setBusy(false);
    if (!saved) {
      onFormProblems();
      toast('请先修改标红的内容');
      return;
    }
    setSheet(which);
  };

  const accept = async (choice: AcceptChoice) => {
    setBusy(true);
    const outcome = await record.write((version) => acceptCounterCase(view.id, version, choice), { quiet: true });
    setBusy(false);
    setSheet(null);
    if (outcome.ok) toast('已受理', 'success');
    else if (isApiError(outcome.error) && outcome.error.code === 'INCOMPLETE') {
      await record.refresh();
      toast('还有未齐的内容，已更新待补清单');
    } else if (!outcome.conflict) toast(errorMessage(outcome.error));
  };

  const refuse = async (problems: NoticeProblem[]) => {
    setBusy(true);
    const outcome = await record.write((version) =>
      refuseIntake(view.id, version, problems.length ? { problems } : {}),
    );
    setBusy(false);
    setSheet(null);
    if (outcome.ok) toast('已出具一次性告知书', 'success');
  };

  return (
    <View id="counter-decide" className="counter-decide">
      {explain && blocking.length ? (
        <View id="counter-accept-blocked" className="muted">
          {`还缺 ${blocking.length} 项不能容缺的内容，补齐后才能受理；也可不予受理，出具一次性告知书。`}
        </View>
      ) : null}
      <View className="counter-decide__buttons">
        <Button id="counter-refuse" kind="warn" disabled={busy} onClick={() => void open('refuse')}>
          不予受理
        </Button>
        <Button
          id="counter-accept"
          kind="primary"
          disabled={blocking.length > 0}
          loading={busy}
          onClick={() => void open('accept')}
        >
          {view.missing.length && !blocking.length ? '容缺受理' : '受理'}
        </Button>
      </View>
      {sheet === 'accept' ? (
        <AcceptSheet view={view} busy={busy} onClose={() => setSheet(null)} onSend={(choice) => void accept(choice)} />
      ) : null}
      {sheet === 'refuse' ? (
        <RefuseSheet view={view} busy={busy} onClose={() => setSheet(null)} onSend={(p) => void refuse(p)} />
      ) : null}
    </View>
  );
}
