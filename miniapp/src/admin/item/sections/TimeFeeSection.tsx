import { FEE_DUE_LABELS, FEE_DUES } from '@onetrip/shared';
import { ChoiceField } from '../../common/ChoiceField';
import { Fold } from '../../common/Fold';
import { NumberField } from '../../common/NumberField';
import { TextField } from '../../common/TextField';
import { type SectionProps } from '../guide-model';

/** 时限与收费: working days by law and as promised; the fee (typed in 元, kept in 分), its basis and due. */
export function TimeFeeSection({ guide, edit }: SectionProps) {
  return (
    <Fold id="time-fee" title="时限与收费" paths={[['legalDays'], ['promisedDays'], ['fee']]}>
      <NumberField
        id="item-legal-days"
        label="法定时限"
        unit="个工作日"
        path={['legalDays']}
        value={guide.legalDays}
        onChange={(v) => edit(['legalDays'], v)}
      />
      <NumberField
        id="item-promised-days"
        label="承诺时限"
        unit="个工作日"
        path={['promisedDays']}
        value={guide.promisedDays}
        placeholder="0 为即来即办"
        onChange={(v) => edit(['promisedDays'], v)}
      />
      <NumberField
        id="fee-amount"
        label="收费金额"
        money
        path={['fee', 'amount']}
        value={guide.fee.amount}
        placeholder="0 为不收费"
        onChange={(v) => edit(['fee', 'amount'], v)}
      />
      <TextField
        id="fee-basis"
        label="收费依据"
        path={['fee', 'basis']}
        value={guide.fee.basis}
        optional
        multiline
        maxlength={200}
        onChange={(v) => edit(['fee', 'basis'], v)}
      />
      <ChoiceField
        id="fee-due"
        label="缴费时间"
        path={['fee', 'due']}
        value={guide.fee.due ?? 'submit'}
        choices={FEE_DUES.map((d) => ({ value: d, label: FEE_DUE_LABELS[d] }))}
        onChange={(v) => edit(['fee', 'due'], v)}
      />
    </Fold>
  );
}
