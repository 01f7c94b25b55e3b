import { useState } from 'react';
import { View } from '@tarojs/components';
import { type CounterCaseView } from '@onetrip/shared';
import { FooterBar, Remote } from '@/components';
import { useFormDraft, type SaveFormData } from '@/features/case-form/use-form-draft';
import { useWideScreen } from '@/platform/viewport';
import { patchCounterCase } from '@/services/counter';
import { AcceptedCase } from './AcceptedCase';
import { CaseHead } from './CaseHead';
import { Decide } from './Decide';
import { IntakeDelivery } from './IntakeDelivery';
import { IntakeForm } from './IntakeForm';
import { IntakeMaterials } from './IntakeMaterials';
import { MissingPanel } from './MissingPanel';
import { ReceiptPanel } from './ReceiptPanel';
import { useCounterCase, type CounterCaseState } from './use-counter-case';

const saveData: SaveFormData<CounterCaseView> = (id, version, data) => patchCounterCase(id, version, { data });

/**
 * A draft at the counter: the form, the papers and the delivery on the left; at a PC what is missing,
 * 受理 / 不予受理 and a notice already issued stay beside it; on a phone what is missing comes first
 * and the two buttons sit at the bottom.
 */
function DraftIntake({ record }: { record: CounterCaseState }) {
  const view = record.data as CounterCaseView;
  const wide = useWideScreen();
  const draft = useFormDraft(record, saveData);
  const [showAll, setShowAll] = useState(false);
  const decide = <Decide record={record} flush={draft.flush} onFormProblems={() => setShowAll(true)} explain={wide} />;
  const sections = (
    <>
      <IntakeForm view={view} draft={draft} showAll={showAll} />
      <IntakeMaterials record={record} />
      <IntakeDelivery record={record} />
    </>
  );
  if (wide) {
    return (
      <View id="counter-split" className="counter-split">
        <View className="counter-split__main">{sections}</View>
        <View id="counter-side" className="counter-split__side">
          <MissingPanel view={view} />
          {decide}
          <ReceiptPanel view={view} />
        </View>
      </View>
    );
  }
  return (
    <View>
      <MissingPanel view={view} />
      <ReceiptPanel view={view} />
      {sections}
      <FooterBar>{decide}</FooterBar>
    </View>
  );
}

/** One case at the counter (`?id=`): a draft to fill and decide, or an accepted one with its receipt. */
export function CounterCase({ id }: { id: string }) {
  const record = useCounterCase(id);
  return (
    <Remote state={record} notFound={{ title: '没有找到这件柜台办件', desc: '它可能不在您可以继续办理的范围内' }}>
      {(view) => (
        <View className="counter-case" data-status={view.status}>
          <CaseHead view={view} />
          {view.status === 'draft' ? (
            // A new key after a conflict reload: the form starts again from the case as it now is.
            <DraftIntake key={record.refreshed} record={record} />
          ) : (
            <AcceptedCase record={record} />
          )}
        </View>
      )}
    </Remote>
  );
}
