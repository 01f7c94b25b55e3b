import { ITEM_KINDS } from '@onetrip/shared';
import { DepartmentField } from '../../common/DepartmentField';
import { ChoiceField } from '../../common/ChoiceField';
import { Fold } from '../../common/Fold';
import { TextField } from '../../common/TextField';
import { type SectionProps } from '../guide-model';

interface BasicsSectionProps extends SectionProps {
  code: string;
  /** A new item's code can be typed until the item is first saved. */
  codeEditable: boolean;
  onCode: (code: string) => void;
}

/** 基本信息: code, name, department, kind, legal basis, 咨询电话. */
export function BasicsSection({ guide, edit, code, codeEditable, onCode }: BasicsSectionProps) {
  return (
    <Fold
      id="basics"
      title="基本信息"
      paths={[['code'], ['name'], ['department'], ['kind'], ['legalBasis'], ['consultationPhone']]}
    >
      <TextField
        id="item-code"
        label="事项编码"
        path={['code']}
        value={code}
        disabled={!codeEditable}
        maxlength={40}
        placeholder="大写字母、数字和连字符，如 LNYDZ"
        onChange={(v) => onCode(v ?? '')}
      />
      <TextField
        id="item-name"
        label="事项名称"
        path={['name']}
        value={guide.name}
        maxlength={60}
        onChange={(v) => edit(['name'], v ?? '')}
      />
      <DepartmentField
        id="item-department"
        label="实施部门"
        path={['department']}
        value={guide.department}
        onChange={(v) => edit(['department'], v)}
      />
      <ChoiceField
        id="item-kind"
        label="事项类型"
        path={['kind']}
        value={guide.kind}
        choices={ITEM_KINDS.map((k) => ({ value: k, label: k }))}
        onChange={(v) => edit(['kind'], v)}
      />
      <TextField
        id="item-legal-basis"
        label="设定依据"
        path={['legalBasis']}
        value={guide.legalBasis}
        multiline
        maxlength={500}
        onChange={(v) => edit(['legalBasis'], v ?? '')}
      />
      <TextField
        id="item-consultation-phone"
        label="咨询电话"
        path={['consultationPhone']}
        value={guide.consultationPhone}
        optional
        maxlength={20}
        placeholder="选填，如 0539-7212345"
        onChange={(v) => edit(['consultationPhone'], v)}
      />
    </Fold>
  );
}
