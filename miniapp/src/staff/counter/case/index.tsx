import { Page } from '@/components';

/** 柜台受理 of one case (`?id=`): the one form, the papers, the delivery, then 受理 or 一次性告知. */
export default function CounterCasePage() {
  return <Page id="counter-case" />;
}
