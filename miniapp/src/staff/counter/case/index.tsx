import { useRouter } from '@tarojs/taro';
import { CounterCasePage } from '../CounterCasePage';

/** 柜台受理 of one case (`?id=`): the one form, the papers, the delivery, then 受理 or 一次性告知. */
export default function CounterCaseRoute() {
  return <CounterCasePage id={useRouter().params.id ?? ''} />;
}
