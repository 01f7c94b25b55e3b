import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Empty, Loading, Page, Section } from '@/components';
import { PAGES } from '@/utils/navigation';
import { LoadProblem } from '../common/LoadProblem';
import { ShipmentRow } from '../common/ShipmentRow';
import { useShipmentList } from '../common/use-shipment-list';
import '../common/courier.scss';

/** 历史签收: the company's delivered shipments, in the server's order; pull down to refresh. */
export default function CourierHistoryPage() {
  const list = useShipmentList('delivered');
  const open = (id: string) => void Taro.navigateTo({ url: PAGES.courierShipment(id) });

  let body;
  if (list.rows === null && list.error) body = <LoadProblem error={list.error} onRetry={() => void list.reload()} />;
  else if (list.rows === null) body = <Loading />;
  else if (list.rows.length === 0) body = <Empty id="history-empty" title="还没有签收的快件" />;
  else {
    body = (
      <Section id="courier-history-list" title={`已签收 ${list.total} 件`}>
        {list.rows.map((s) => (
          <ShipmentRow key={s.id} shipment={s} onOpen={open} />
        ))}
        {list.loadingMore ? (
          <Loading />
        ) : list.rows.length >= list.total ? (
          <View className="hint courier-list-end">没有更多了</View>
        ) : null}
      </Section>
    );
  }
  return <Page id="courier-history-page">{body}</Page>;
}
