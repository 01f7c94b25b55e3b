import { View } from '@tarojs/components';
import { Button, FieldError } from '@/components';
import { Fold } from '../../common/Fold';
import { moveEntry } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';
import { blankMaterial, type SectionProps } from '../guide-model';
import { MaterialEditor } from './MaterialEditor';

/** 申请材料: each material in a card, added, removed and ordered as the guide will list them. */
export function MaterialsSection({ guide, edit }: SectionProps) {
  const { materials } = guide;
  const listProblem = useProblemAt(['materials']);
  return (
    <Fold id="materials" title={`申请材料（${materials.length} 份）`} paths={[['materials']]}>
      {materials.map((m, i) => (
        <MaterialEditor
          key={i}
          index={i}
          count={materials.length}
          material={m}
          set={(key, value) => edit(['materials', i, key], value)}
          onMove={(from, to) => edit(['materials'], moveEntry(materials, from, to))}
          onRemove={(at) =>
            edit(
              ['materials'],
              materials.filter((_, j) => j !== at),
            )
          }
        />
      ))}
      {listProblem ? <FieldError id="materials-error">{listProblem}</FieldError> : null}
      <View className="admin-add">
        <Button
          id="add-material"
          size="small"
          kind="plain"
          onClick={() => edit(['materials'], [...materials, blankMaterial()])}
        >
          添加材料
        </Button>
      </View>
    </Fold>
  );
}
