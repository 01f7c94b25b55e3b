import { Fold } from '../../common/Fold';
import { type SectionProps } from '../guide-model';
import { TextListEditor } from './TextListEditor';

/** 办理条件: who may apply, one condition a row. */
export function ConditionsSection({ guide, edit }: SectionProps) {
  return (
    <Fold id="conditions" title="办理条件" paths={[['conditions']]}>
      <TextListEditor
        id="condition"
        path={['conditions']}
        values={guide.conditions}
        onChange={(v) => edit(['conditions'], v ?? [])}
        rowLabel={(i) => `条件 ${i + 1}`}
        addLabel="添加条件"
        maxlength={300}
        multiline
      />
    </Fold>
  );
}
