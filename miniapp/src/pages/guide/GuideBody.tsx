import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FEE_DUE_LABELS, type ItemGuide } from '@onetrip/shared';
import { Cell, HelpPhones, Section, Tag } from '@/components';
import { TelLink } from '@/platform/tel-link';
import { formatFee } from '@/utils/money';
import { legalDaysNote, tripsLabel, workingDays } from '@/utils/labels';
import { ResultSample } from './GuideFiles';
import { MaterialList } from './MaterialList';
import './index.scss';

/** Every part of a guide, in the order a resident asks about them (一次性告知). */
export function GuideBody({ guide }: { guide: ItemGuide }) {
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: guide.name }).catch(() => undefined);
  }, [guide.name]);

  const { delivery } = guide;
  return (
    <View>
      <View className="head-card">
        <Text id="guide-name" className="head-card__title">
          {guide.name}
        </Text>
        <View className="head-card__sub">
          {guide.department} · {guide.kind}
        </View>
        <View className="head-card__tags">
          <Tag tone={guide.trips === 0 ? 'green' : 'blue'}>{tripsLabel(guide.trips)}</Tag>
          {delivery.express ? <Tag tone="orange">可快递送达</Tag> : null}
          {delivery.electronic ? <Tag tone="orange">可电子送达</Tag> : null}
        </View>
        <View className="facts">
          <View id="guide-promised-days" className="facts__row">
            <Text className="facts__label">承诺时限</Text>
            <Text className="facts__value">{workingDays(guide.promisedDays)}</Text>
            {legalDaysNote(guide.promisedDays, guide.legalDays) ? (
              <Text className="facts__note">{legalDaysNote(guide.promisedDays, guide.legalDays)}</Text>
            ) : null}
          </View>
          <View id="guide-fee" className="facts__row">
            <Text className="facts__label">收费</Text>
            <Text className="facts__value">{formatFee(guide.fee.amount)}</Text>
            {guide.fee.amount > 0 ? (
              <Text id="guide-fee-due" className="facts__note">
                {FEE_DUE_LABELS[guide.fee.due ?? 'submit']}
              </Text>
            ) : null}
            {guide.fee.basis ? <Text className="facts__note">{guide.fee.basis}</Text> : null}
          </View>
          {guide.consultationPhone ? (
            <View className="facts__row">
              <Text className="facts__label">咨询电话</Text>
              <TelLink id="guide-phone" className="facts__value" phone={guide.consultationPhone} />
              <Text className="facts__note">点击拨打</Text>
            </View>
          ) : null}
        </View>
      </View>

      {guide.conditions.length > 0 ? (
        <Section id="guide-conditions" title="办理条件" padded>
          {guide.conditions.map((text, i) => (
            <View key={i} className="step">
              <Text className="step__no">{i + 1}</Text>
              <Text>{text}</Text>
            </View>
          ))}
        </Section>
      ) : null}

      <MaterialList materials={guide.materials} />
      {guide.commitment ? (
        <Section id="guide-commitment" title="承诺书" padded>
          <View className="muted">{`容缺材料须在受理后 ${guide.commitment.gapDays} 个工作日内补齐${guide.commitment.issueBeforeGaps ? '，可先出证' : '，补齐后出证'}。申请时在线签署：`}</View>
          <View>{guide.commitment.text}</View>
        </Section>
      ) : null}

      <Section id="guide-process" title="办理流程" padded>
        {guide.process.map((text, i) => (
          <View key={i} className="step">
            <Text className="step__no">{i + 1}</Text>
            <Text>{text}</Text>
          </View>
        ))}
      </Section>

      {guide.windows.length > 0 ? (
        <Section id="guide-windows" title="办理窗口">
          {guide.windows.map((w) => (
            <Cell key={`${w.hall}-${w.number}`} title={w.hall} value={`${w.number} 号窗口`} />
          ))}
        </Section>
      ) : null}

      {guide.resultSample ? (
        <Section id="guide-result" title="结果样本" padded>
          <ResultSample file={guide.resultSample} />
        </Section>
      ) : null}

      <Section id="guide-delivery" title="送达方式">
        {delivery.window ? <Cell title="窗口领取" value="免费" /> : null}
        {delivery.express ? (
          <Cell
            title="快递送达"
            desc="政务快递送证上门，凭签收码签收"
            value={delivery.expressFee > 0 ? `邮费 ${formatFee(delivery.expressFee)}` : '免邮费'}
          />
        ) : null}
        {delivery.electronic ? (
          <Cell
            id="guide-electronic"
            title="电子送达"
            desc="办结后在线下载办理结果通知书（PDF），无需领取"
            value="免费"
          />
        ) : null}
      </Section>

      <Section id="guide-legal-basis" title="法律依据" padded>
        <Text className="muted">{guide.legalBasis}</Text>
      </Section>

      <HelpPhones id="guide-help" title="还有疑问？可以电话咨询" />
    </View>
  );
}
