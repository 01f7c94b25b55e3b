import { Fold } from '../../common/Fold';
import { NumberField } from '../../common/NumberField';
import { SwitchField } from '../../common/SwitchField';
import { TextField } from '../../common/TextField';
import { type SectionProps } from '../guide-model';
import { CatalogFileField } from './CatalogFileField';

/** 办理结果: a sample of what the resident receives, and the electronic licence it becomes. */
export function ResultSection({ guide, edit }: SectionProps) {
  const { licence } = guide;
  return (
    <Fold id="result" title="办理结果" paths={[['licence'], ['resultSample']]}>
      <CatalogFileField
        id="result-sample-upload"
        label="结果样本"
        path={['resultSample']}
        value={guide.resultSample}
        desc="证照或结果通知书的样本，居民在办事指南中可以查看"
        onChange={(v) => edit(['resultSample'], v)}
      />
      <SwitchField
        id="licence-on"
        label="生成电子证照"
        desc="出证后存入申请人的电子证照"
        path={['licence']}
        checked={licence !== undefined}
        onChange={(on) => edit(['licence'], on ? { type: '' } : undefined)}
      />
      {licence ? (
        <>
          <TextField
            id="licence-type"
            label="证照类型"
            path={['licence', 'type']}
            value={licence.type}
            maxlength={40}
            placeholder="如 营业执照"
            onChange={(v) => edit(['licence', 'type'], v ?? '')}
          />
          <NumberField
            id="licence-valid-years"
            label="有效期"
            unit="年"
            path={['licence', 'validYears']}
            value={licence.validYears}
            placeholder="长期有效可不填"
            onChange={(v) => edit(['licence', 'validYears'], v)}
          />
        </>
      ) : null}
    </Fold>
  );
}
