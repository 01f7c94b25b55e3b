import { Fold } from '../../common/Fold';
import { type SectionProps } from '../guide-model';
import { TextListEditor } from './TextListEditor';

/** 办理流程: the steps as the guide lists them. */
export function ProcessSection({ guide, edit }: SectionProps) {
  return (
    <Fold id="process" title="办理流程" paths={[['process']]}>
      <TextListEditor
        id="process"
        path={['process']}
        values={guide.process}
        onChange={(v) => edit(['process'], v ?? [])}
        rowLabel={(i) => `第 ${i + 1} 步`}
        addLabel="添加步骤"
        maxlength={100}
      />
    </Fold>
  );
}
