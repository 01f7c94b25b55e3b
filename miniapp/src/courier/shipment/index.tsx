import { useRouter } from '@tarojs/taro';
import { Empty, Loading, Page } from '@/components';
import { LoadProblem } from '../common/LoadProblem';
import { useShipment } from '../common/use-shipment';
import { ShipmentBody } from './ShipmentBody';
import '../common/courier.scss';

/** 快件详情 (`?id=`): opened from today's list, or by scanning the envelope's QR code. */
export default function CourierShipmentPage() {
  const { params } = useRouter();
  const state = useShipment(params.id ?? '');

  let body;
  if (state.data) body = <ShipmentBody state={state} />;
  else if (state.loading) body = <Loading />;
  else if (state.error) body = <LoadProblem error={state.error} onRetry={state.retry} />;
  else {
    body = (
      <Empty
        id="shipment-missing"
        icon="?"
        title="没有找到这件快件"
        desc="它可能不属于您所在的快递公司，请核对快件上的二维码"
      />
    );
  }
  return <Page id="courier-shipment">{body}</Page>;
}
