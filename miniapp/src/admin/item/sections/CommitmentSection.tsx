import { Fold } from '../../common/Fold';
import { NumberField } from '../../common/NumberField';
import { SwitchField } from '../../common/SwitchField';
import { TextField } from '../../common/TextField';
import { type SectionProps } from '../guide-model';

/**
 * 容缺与承诺: the 承诺书 an applicant signs when a material may be missing (容缺) or is replaced by a
 * promise (告知承诺), the working days to close the gaps, and whether the result may come first.
 */
export function CommitmentSection({ guide, edit }: SectionProps) {
  const { commitment } = guide;
  return (
    <Fold id="commitment" title="容缺与承诺" paths={[['commitment']]}>
      <SwitchField
        id="commitment-on"
        label="需要承诺书"
        desc="有可容缺或告知承诺的材料时必须填写"
        path={['commitment']}
        checked={commitment !== undefined}
        onChange={(on) =>
          edit(['commitment'], on ? { text: '', gapDays: undefined, issueBeforeGaps: false } : undefined)
        }
      />
      {commitment ? (
        <>
          <TextField
            id="commitment-text"
            label="承诺书"
            path={['commitment', 'text']}
            value={commitment.text}
            multiline
            maxlength={1000}
            placeholder="申请人签署的承诺内容"
            onChange={(v) => edit(['commitment', 'text'], v ?? '')}
          />
          <NumberField
            id="commitment-gap-days"
            label="补齐期限"
            unit="个工作日"
            path={['commitment', 'gapDays']}
            value={commitment.gapDays}
            onChange={(v) => edit(['commitment', 'gapDays'], v)}
          />
          <SwitchField
            id="commitment-issue-before-gaps"
            label="允许先出证"
            desc="容缺材料补齐前即可出证，补齐期限延续到出证后"
            path={['commitment', 'issueBeforeGaps']}
            checked={commitment.issueBeforeGaps === true}
            onChange={(v) => edit(['commitment', 'issueBeforeGaps'], v)}
          />
        </>
      ) : null}
    </Fold>
  );
}
