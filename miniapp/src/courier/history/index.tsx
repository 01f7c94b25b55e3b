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
  const loaded = list.data;
  if (!loaded && list.error) body = <LoadProblem error={list.error} onRetry={list.retry} />;
  else if (!loaded) body = <Loading />;
  else if (loaded.items.length === 0) body = <Empty id="history-empty" title="还没有签收的快件" />;
  else {
    body = (
      <Section id="courier-history-list" title={`已签收 ${loaded.total} 件`}>
        {loaded.items.map((s) => (
          <ShipmentRow key={s.id} shipment={s} onOpen={open} />
        ))}
        {list.loadingMore ? (
          <Loading />
        ) : loaded.items.length >= loaded.total ? (
          <View className="hint courier-list-end">没有更多了</View>
        ) : null}
      </Section>
    );
  }
  return <Page id="courier-history-page">{body}</Page>;
}
