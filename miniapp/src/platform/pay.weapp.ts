import Taro from '@tarojs/taro';
import { type PaymentCreated } from '@onetrip/shared';
import { type PayOutcome } from './pay-types';

export { type PayOutcome } from './pay-types';

type SignType = Taro.requestPayment.Option['signType'];

/** JSAPI payment inside WeChat: the parameters are signed by the server and passed through untouched. */
export async function payForCase(
  requestPayment: PaymentCreated['requestPayment'],
  _returnPath: string,
): Promise<PayOutcome> {
  try {
    await Taro.requestPayment({
      timeStamp: requestPayment.timeStamp,
      nonceStr: requestPayment.nonceStr,
      package: requestPayment.package,
      signType: requestPayment.signType as SignType,
      paySign: requestPayment.paySign,
    });
    return 'paid';
  } catch (error) {
    const message = (error as { errMsg?: string } | null)?.errMsg ?? '';
    if (message.includes('cancel')) return 'cancelled';
    throw new Error('支付未完成，请稍后重试');
  }
}
