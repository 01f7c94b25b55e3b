import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Empty, Loading, Page, Section } from '@/components';
import { PAGES } from '@/utils/navigation';
import { LoadProblem } from '../common/LoadProblem';
import { scanShipment } from '../common/scan-shipment';
import { ShipmentRow } from '../common/ShipmentRow';
import { useShipmentList } from '../common/use-shipment-list';
import '../common/courier.scss';

/** 今日派件: the company's shipments not yet delivered (待揽收, 派送中, 投递未成功); pull down to refresh. */
export default function CourierListPage() {
  const list = useShipmentList('active');
  const open = (id: string) => void Taro.navigateTo({ url: PAGES.courierShipment(id) });

  const scan = async () => {
    const id = await scanShipment();
    if (id) open(id);
  };

  let body;
  const loaded = list.data;
  if (!loaded && list.error) body = <LoadProblem error={list.error} onRetry={list.retry} />;
  else if (!loaded) body = <Loading />;
  else if (loaded.items.length === 0) {
    body = <Empty id="courier-empty" title="今天没有待派送的快件" desc="窗口出证后，快件会出现在这里" />;
  } else {
    body = (
      <Section id="courier-list" title={`待派送 ${loaded.total} 件`}>
        {loaded.items.map((s) => (
          <ShipmentRow key={s.id} shipment={s} onOpen={open} />
        ))}
        {list.loadingMore ? <Loading /> : null}
      </Section>
    );
  }

  return (
    <Page id="courier-home">
      <View className="courier-tools">
        <Button id="courier-scan" kind="primary" block onClick={() => void scan()}>
          扫码揽收
        </Button>
        <Button id="courier-history" block onClick={() => void Taro.navigateTo({ url: PAGES.courierHistory })}>
          历史签收
        </Button>
      </View>
      {body}
    </Page>
  );
}
