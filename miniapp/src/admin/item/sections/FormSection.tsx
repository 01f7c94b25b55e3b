import { View } from '@tarojs/components';
import { Button, FieldError } from '@/components';
import { Fold } from '../../common/Fold';
import { moveEntry } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';
import { blankField, type SectionProps } from '../guide-model';
import { FormFieldEditor } from './FormFieldEditor';

/** 申请表单: the fields of the one form, in the order the resident fills them. */
export function FormSection({ guide, edit }: SectionProps) {
  const { fields } = guide.form;
  const fieldsProblem = useProblemAt(['form', 'fields']);
  const formProblem = useProblemAt(['form']);
  const listProblem = fieldsProblem ?? formProblem;
  return (
    <Fold id="form" title={`申请表单（${fields.length} 个字段）`} paths={[['form']]}>
      {fields.map((field, i) => (
        <FormFieldEditor
          key={i}
          index={i}
          count={fields.length}
          field={field}
          onChange={(next) => edit(['form', 'fields', i], next)}
          onMove={(from, to) => edit(['form', 'fields'], moveEntry(fields, from, to))}
          onRemove={(at) =>
            edit(
              ['form', 'fields'],
              fields.filter((_, j) => j !== at),
            )
          }
        />
      ))}
      {listProblem ? <FieldError id="form-fields-error">{listProblem}</FieldError> : null}
      <View className="admin-add">
        <Button
          id="add-form-field"
          size="small"
          kind="plain"
          onClick={() => edit(['form', 'fields'], [...fields, blankField()])}
        >
          添加字段
        </Button>
      </View>
    </Fold>
  );
}
