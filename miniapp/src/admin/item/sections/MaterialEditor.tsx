import { Text, View } from '@tarojs/components';
import { MATERIAL_CATEGORIES, MATERIAL_FORMATS, type MATERIAL_SATISFIED_BY } from '@onetrip/shared';
import { Tag } from '@/components';
import { ChoiceField } from '../../common/ChoiceField';
import { ListActions } from '../../common/ListActions';
import { MultiChoiceField } from '../../common/MultiChoiceField';
import { useProblemCount } from '../../common/problem-context';
import { SwitchField } from '../../common/SwitchField';
import { TextField } from '../../common/TextField';
import { type EditedMaterial } from '../guide-model';
import { CatalogFileField } from './CatalogFileField';
import { TextListEditor } from './TextListEditor';

const SATISFIED_BY: ReadonlyArray<{ value: (typeof MATERIAL_SATISFIED_BY)[number]; label: string }> = [
  { value: 'identity', label: '实名身份代替' },
  { value: 'commitment', label: '告知承诺' },
];

interface MaterialEditorProps {
  index: number;
  count: number;
  material: EditedMaterial;
  /** Changes one property of this material. */
  set: (key: keyof EditedMaterial, value: unknown) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One material of the guide: every input is `material-<index>-<part>`. */
export function MaterialEditor({ index, count, material: m, set, onMove, onRemove }: MaterialEditorProps) {
  const id = `material-${index}`;
  const path = ['materials', index] as const;
  const problems = useProblemCount([path]);
  return (
    <View id={id} className="admin-card">
      <View className="admin-card__head">
        <Text className="admin-card__title">{`材料 ${index + 1}${m.name ? `：${m.name}` : ''}`}</Text>
        {problems > 0 ? <Tag tone="red">{`${problems} 个问题`}</Tag> : null}
        <ListActions id={id} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </View>
      <TextField
        id={`${id}-code`}
        label="材料编码"
        path={[...path, 'code']}
        value={m.code}
        maxlength={40}
        placeholder="小写字母、数字和下划线，如 id_card"
        onChange={(v) => set('code', (v ?? '').trim())}
      />
      <TextField
        id={`${id}-name`}
        label="材料名称"
        path={[...path, 'name']}
        value={m.name}
        maxlength={60}
        onChange={(v) => set('name', v ?? '')}
      />
      <ChoiceField
        id={`${id}-category`}
        label="材料类别"
        path={[...path, 'category']}
        value={m.category}
        choices={MATERIAL_CATEGORIES.map((c) => ({ value: c, label: c }))}
        onChange={(v) => set('category', v)}
      />
      <SwitchField
        id={`${id}-required`}
        label="必交"
        path={[...path, 'required']}
        checked={m.required === true}
        onChange={(v) => set('required', v)}
      />
      <SwitchField
        id={`${id}-gap`}
        label="可容缺"
        desc="暂缺时签署承诺书先受理，限期补齐"
        path={[...path, 'gapAllowed']}
        checked={m.gapAllowed === true}
        onChange={(v) => set('gapAllowed', v)}
      />
      <MultiChoiceField
        id={`${id}-formats`}
        label="文件格式"
        path={[...path, 'formats']}
        value={m.formats}
        choices={MATERIAL_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))}
        onChange={(v) => set('formats', v)}
      />
      <TextField
        id={`${id}-sample`}
        label="示例说明"
        path={[...path, 'sample']}
        value={m.sample}
        optional
        multiline
        maxlength={200}
        placeholder="选填：怎样的材料合格，如“正反面，四角完整”"
        onChange={(v) => set('sample', v)}
      />
      <ChoiceField
        id={`${id}-satisfied-by`}
        label="免提交"
        path={[...path, 'satisfiedBy']}
        value={m.satisfiedBy}
        noneLabel="需提交"
        choices={SATISFIED_BY}
        onChange={(v) => set('satisfiedBy', v)}
      />
      <View className="admin-subhead">可代替此材料的电子证照</View>
      <TextListEditor
        id={`${id}-licence-type`}
        path={[...path, 'licenceTypes']}
        values={m.licenceTypes}
        optional
        onChange={(v) => set('licenceTypes', v)}
        rowLabel={(i) => `证照 ${i + 1}`}
        addLabel="添加证照类型"
        maxlength={40}
      />
      <CatalogFileField
        id={`${id}-sample-upload`}
        label="样表/示例图"
        path={[...path, 'sampleFile']}
        value={m.sampleFile}
        desc="填好的样表或合格材料的示例图"
        onChange={(v) => set('sampleFile', v)}
      />
      <CatalogFileField
        id={`${id}-blank-upload`}
        label="空白表格"
        path={[...path, 'blankForm']}
        value={m.blankForm}
        desc="供居民下载填写的空白表格"
        onChange={(v) => set('blankForm', v)}
      />
    </View>
  );
}
