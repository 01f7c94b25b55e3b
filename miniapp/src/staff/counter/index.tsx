import { Page } from '@/components';

/** 柜台受理: find or register the person, then choose what they came for. */
export default function CounterFindPage() {
  return <Page id="counter-find" />;
}
