import { ItemInput } from '@onetrip/shared';
import { type Path } from '../common/paths';
import { schemaProblems, type Problem } from '../common/schema-problems';
import { PART_LABELS, type EditedGuide } from './guide-model';

/** The amounts of a guide, in fen: their problems speak of 元. */
const MONEY: ReadonlyArray<Path> = [
  ['fee', 'amount'],
  ['delivery', 'expressFee'],
];

/** Everything the catalog would refuse in this guide, checked by the shared ItemInput schema. */
export function checkGuide(guide: EditedGuide): Problem[] {
  return schemaProblems(ItemInput, guide, MONEY);
}

const SUB_LABELS: Record<string, string> = {
  code: '编码',
  name: '名称',
  category: '类别',
  required: '必交',
  gapAllowed: '容缺',
  formats: '格式',
  sample: '示例说明',
  satisfiedBy: '免提交',
  licenceTypes: '电子证照类型',
  sampleFile: '样表/示例图',
  blankForm: '空白表格',
  key: '字段键',
  label: '标题',
  type: '类型',
  options: '选项',
  profile: '实名信息',
  hint: '提示',
  minLength: '最小长度',
  maxLength: '最大长度',
  min: '最小值',
  max: '最大值',
  pattern: '校验规则',
  amount: '金额',
  basis: '收费依据',
  due: '缴费时间',
  window: '窗口领取',
  express: '快递送达',
  expressFee: '快递费',
  electronic: '电子送达',
  hall: '大厅',
  number: '窗口号',
  text: '承诺内容',
  gapDays: '补齐期限',
  issueBeforeGaps: '先出证',
  validYears: '有效期',
};

const named = (n: unknown) => (typeof n === 'string' && n.trim() ? `（${n.trim()}）` : '');

/** Where a problem is, in words: `申请材料 3（居民身份证）· 编码`. */
export function problemPlace(path: Path, guide: EditedGuide): string {
  const [part, index, ...rest] = path;
  const partLabel = PART_LABELS[String(part)] ?? '整体';
  if (part === 'materials' && typeof index === 'number') {
    return [`申请材料 ${index + 1}${named(guide.materials[index]?.name)}`, ...subLabels(rest)].join(' · ');
  }
  if (part === 'form' && index === 'fields' && typeof rest[0] === 'number') {
    const [i, ...inner] = rest;
    const field = guide.form.fields[i];
    return [`表单字段 ${i + 1}${named(field?.label)}`, ...subLabels(inner.filter((p) => p !== 'rules'))].join(' · ');
  }
  if (typeof index === 'number') return [`${partLabel} ${index + 1}`, ...subLabels(rest)].join(' · ');
  return [partLabel, ...subLabels(index === undefined ? [] : [index, ...rest])].join(' · ');
}

function subLabels(parts: Path): string[] {
  return parts.map((p) => (typeof p === 'number' ? `第 ${p + 1} 项` : (SUB_LABELS[p] ?? p)));
}
