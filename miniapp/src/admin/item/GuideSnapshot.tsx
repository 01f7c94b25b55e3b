import { Text, View } from '@tarojs/components';
import { FEE_DUE_LABELS } from '@onetrip/shared';
import { formatFee } from '@/utils/money';
import { requiredLabel, tripsLabel, workingDays } from '@/utils/labels';
import { FIELD_TYPE_LABELS } from './sections/field-types';
import { type EditedGuide } from './guide-model';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <View className="admin-snapshot__row">
      <Text className="admin-snapshot__label">{label}</Text>
      <View className="admin-snapshot__value">{children}</View>
    </View>
  );
}

const list = (texts: ReadonlyArray<string>) =>
  texts.length ? texts.map((t, i) => <View key={i}>{`${i + 1}. ${t}`}</View>) : '无';

/** An old version of a guide, read only: every part, as it was published. */
export function GuideSnapshot({ guide }: { guide: EditedGuide }) {
  const { fee, delivery } = guide;
  const ways = [
    delivery.window && '窗口领取',
    delivery.express && `快递送达（邮费 ${formatFee(delivery.expressFee)}）`,
    delivery.electronic && '电子送达',
  ];
  return (
    <View className="admin-snapshot">
      <Row label="事项名称">{guide.name}</Row>
      <Row label="实施部门">{`${guide.department} · ${guide.kind}`}</Row>
      <Row label="设定依据">{guide.legalBasis}</Row>
      <Row label="办理条件">{list(guide.conditions)}</Row>
      <Row label="申请材料">
        {list(
          guide.materials.map(
            (m) =>
              `${m.name}（${m.code}）${requiredLabel(m.required)}${m.gapAllowed ? ' · 容缺' : ''}${m.satisfiedBy === 'commitment' ? ' · 告知承诺' : ''}`,
          ),
        )}
      </Row>
      <Row label="申请表单">
        {list(
          guide.form.fields.map(
            (f) =>
              `${f.label}（${f.key} · ${FIELD_TYPE_LABELS[f.type] ?? f.type}）${f.required ? ' 必填' : ''}${f.rules?.pattern ? ` · 规则 ${f.rules.pattern}` : ''}`,
          ),
        )}
      </Row>
      <Row label="办理流程">{list(guide.process)}</Row>
      <Row label="时限">{`承诺 ${workingDays(guide.promisedDays)}，法定 ${workingDays(guide.legalDays)}`}</Row>
      <Row label="收费">{`${formatFee(fee.amount)}${fee.amount > 0 ? ` · ${FEE_DUE_LABELS[fee.due ?? 'submit']}` : ''}${fee.basis ? ` · ${fee.basis}` : ''}`}</Row>
      <Row label="送达方式">{ways.filter(Boolean).join('、') || '无'}</Row>
      <Row label="办理窗口">{list(guide.windows.map((w) => `${w.hall} ${w.number} 号窗口`))}</Row>
      <Row label="跑动次数">{tripsLabel(guide.trips)}</Row>
      {guide.licence ? (
        <Row label="电子证照">{`${guide.licence.type}${guide.licence.validYears ? `，有效期 ${guide.licence.validYears} 年` : ''}`}</Row>
      ) : null}
      {guide.commitment ? (
        <Row label="承诺书">{`${guide.commitment.text}（${guide.commitment.gapDays} 个工作日内补齐${guide.commitment.issueBeforeGaps ? '，可先出证' : ''}）`}</Row>
      ) : null}
      {guide.consultationPhone ? <Row label="咨询电话">{guide.consultationPhone}</Row> : null}
    </View>
  );
}
