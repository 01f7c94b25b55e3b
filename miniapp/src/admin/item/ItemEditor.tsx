import { View } from '@tarojs/components';
import { type AdminItemRecord } from '@/services/admin-catalog';
import { ProblemProvider } from '../common/problem-context';
import { EditorToolbar } from './EditorToolbar';
import { FormPreview } from './FormPreview';
import { HistorySection } from './HistorySection';
import { BasicsSection } from './sections/BasicsSection';
import { CommitmentSection } from './sections/CommitmentSection';
import { ConditionsSection } from './sections/ConditionsSection';
import { DeliverySection } from './sections/DeliverySection';
import { FormSection } from './sections/FormSection';
import { MaterialsSection } from './sections/MaterialsSection';
import { ProcessSection } from './sections/ProcessSection';
import { ResultSection } from './sections/ResultSection';
import { TimeFeeSection } from './sections/TimeFeeSection';
import { useItemEditor } from './use-item-editor';
import './item.scss';

interface ItemEditorProps {
  /** Absent: a new item, whose code is typed here. */
  code?: string;
  record: AdminItemRecord | null;
  /** Reads the item again (after another admin published). */
  onReload: () => void;
}

/**
 * The whole guide of one item, section by section, with the resident's form drawn live beside it
 * (side by side at a desk, one under the other on a phone). Each problem shows under its field.
 */
export function ItemEditor({ code, record, onReload }: ItemEditorProps) {
  const editor = useItemEditor(code, record);
  const { guide, edit } = editor;
  return (
    <ProblemProvider problems={editor.problems}>
      <View className="item-editor-frame">
        <EditorToolbar editor={editor} onReload={onReload} />
        <View className="admin-columns item-editor">
          <View className="item-editor__form">
            <BasicsSection
              guide={guide}
              edit={edit}
              code={editor.code}
              codeEditable={!editor.codeFixed}
              onCode={editor.setCode}
            />
            <ConditionsSection guide={guide} edit={edit} />
            <MaterialsSection guide={guide} edit={edit} />
            <FormSection guide={guide} edit={edit} />
            <ProcessSection guide={guide} edit={edit} />
            <TimeFeeSection guide={guide} edit={edit} />
            <DeliverySection guide={guide} edit={edit} />
            <CommitmentSection guide={guide} edit={edit} />
            <ResultSection guide={guide} edit={edit} />
            {editor.published ? (
              <HistorySection
                code={editor.code}
                publishedVersion={editor.published.version}
                onRestore={editor.restore}
              />
            ) : null}
          </View>
          <View className="item-editor__preview">
            <FormPreview fields={guide.form.fields} />
          </View>
        </View>
      </View>
    </ProblemProvider>
  );
}
