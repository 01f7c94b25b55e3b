import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { shipmentEventLabel, type ApplicationView } from '@onetrip/shared';
import { Cell, Section, Tag, Timeline, timelineTone } from '@/components';
import { PAGES } from '@/utils/navigation';
import { shipmentStatusLabel, shipmentTone } from '@/utils/shipment';
import { formatDateTime } from '@/utils/time';
import { canRate } from '../rate/rating';
import './tracking.scss';

const PROMPTED_KEY = 'onetrip.ratePrompted';
const PROMPTED_KEEP = 50;

/** Case ids already asked for a rating after their delivery (the last few; asking once is enough). */
function takeFirstPrompt(caseId: string): boolean {
  const stored: unknown = Taro.getStorageSync(PROMPTED_KEY);
  const ids = Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
  if (ids.includes(caseId)) return false;
  Taro.setStorageSync(PROMPTED_KEY, [...ids, caseId].slice(-PROMPTED_KEEP));
  return true;
}

/**
 * The certificate has just been signed for and the case completed: ask for the rating right away,
 * once, while the service is fresh in mind (the 评价 button stays on the case page).
 */
function useRatePromptAfterDelivery(view: ApplicationView) {
  const due = view.shipment?.status === 'delivered' && canRate(view);
  useEffect(() => {
    if (!due || !takeFirstPrompt(view.id)) return;
    void Taro.showModal({
      title: '证照已签收',
      content: '办件已办结。请对本次服务作出评价，帮助政务服务中心改进。',
      confirmText: '去评价',
      cancelText: '稍后',
    }).then(({ confirm }) => {
      if (confirm) void Taro.navigateTo({ url: PAGES.caseRate(view.id, 'case') });
    });
  }, [due, view.id]);
}

/**
 * 政务快递 of an express case: the receipt code big while it is on its way (only the applicant's view
 * carries it), the waybill and the shipment's own events.
 */
export function TrackingSection({ view }: { view: ApplicationView }) {
  useRatePromptAfterDelivery(view);
  const shipment = view.shipment;
  if (!shipment) return null;
  const delivered = shipment.status === 'delivered';
  const signedAt = delivered ? [...shipment.events].reverse().find((e) => e.action === 'delivered')?.at : undefined;

  return (
    <Section id="case-tracking" title="物流信息（政务快递）">
      {shipment.receiptCode && !delivered ? (
        <View id="receipt-card" className="receipt-card">
          <Text className="receipt-card__label">签收码</Text>
          <Text id="receipt-code" className="receipt-card__code">
            {shipment.receiptCode}
          </Text>
          <Text className="receipt-card__hint">快递员送达时请出示此码，由快递员输入后签收。请勿提前告诉他人。</Text>
        </View>
      ) : null}
      {shipment.locked ? (
        <View id="tracking-locked" className="receipt-locked">
          签收码多次输入错误，快件已暂停派送。政务服务中心窗口核实后会重新给您发送签收码。
        </View>
      ) : null}
      {delivered ? (
        <View id="tracking-delivered" className="receipt-done">
          {signedAt ? `证照已于 ${formatDateTime(signedAt)} 签收` : '证照已签收'}
        </View>
      ) : null}
      <Cell title="快递公司" value={<Text id="tracking-company">{shipment.courierCompany}</Text>} />
      <Cell title="运单号" value={<Text id="tracking-waybill">{shipment.waybillNo}</Text>} />
      <Cell
        title="快件状态"
        value={
          <Tag tone={shipmentTone(shipment.status, shipment.locked)}>
            <Text id="tracking-status" data-status={shipment.status}>
              {shipmentStatusLabel(shipment.status)}
            </Text>
          </Tag>
        }
      />
      <View className="tracking-events">
        <Timeline
          id="tracking-events"
          rows={shipment.events.map((e) => ({
            at: e.at,
            label: shipmentEventLabel(e.action),
            note: e.note,
            tone: timelineTone(e.action),
          }))}
        />
      </View>
    </Section>
  );
}
