import { useCallback, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Chips, ElderSwitch, Page, SearchBar, Section, type Chip } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { useDebounced } from '@/hooks/use-debounced';
import { scanToOpen } from '@/platform/scan';
import { listChains, listItems } from '@/services/catalog';
import { PAGES } from '@/utils/navigation';
import { ChainCards } from './ChainCards';
import { ItemResults } from './ItemResults';
import { NoResults } from './NoResults';
import './index.scss';

const ZERO_TRIP = 'zero-trip';
const ALL = 'all';

export default function HomePage() {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [department, setDepartment] = useState<string>();
  const [zeroTrip, setZeroTrip] = useState(false);
  const filtered = Boolean(q || department || zeroTrip);

  // The unfiltered list is both the 热门事项 and the source of the department chips.
  const all = useResource(useCallback(() => listItems({ pageSize: 50 }), []));
  const found = useResource(
    useCallback(
      () =>
        filtered ? listItems({ q, department, trips: zeroTrip ? 0 : undefined, pageSize: 50 }) : Promise.resolve(null),
      [filtered, q, department, zeroTrip],
    ),
  );
  // A search looks for chains too (二手房 → 二手房交易), shown above the items.
  const chains = useResource(useCallback(() => listChains(q ? { q } : {}), [q]));

  const chips = useMemo<Chip[]>(() => {
    const departments = [...new Set((all.data?.items ?? []).map((item) => item.department))];
    return [
      { key: ZERO_TRIP, label: '零跑腿', active: zeroTrip, accent: true },
      { key: ALL, label: '全部部门', active: !department },
      ...departments.map((d) => ({ key: d, label: d, active: department === d })),
    ];
  }, [all.data, department, zeroTrip]);

  const onChip = (key: string) => {
    if (key === ZERO_TRIP) setZeroTrip((on) => !on);
    else setDepartment(key === ALL ? undefined : key);
  };
  const openItem = (code: string) => void Taro.navigateTo({ url: PAGES.guide(code) });
  const list = filtered ? found : all;
  // Nothing at all for the words typed: whom to call and what people apply for most, not a dead end.
  const nothing = filtered && found.data?.items.length === 0 && !(q && chains.data?.items.length);
  // One retry brings back the whole page (the BFF may have been down).
  const retry = () => {
    list.retry();
    if (!chains.data) chains.retry();
  };

  return (
    <Page id="home" className="home">
      <ElderSwitch id="home-elder-switch" look="bar" />
      <View className="home__hero">
        <Text className="home__title">一次办</Text>
        <Text className="home__slogan">只进一扇门 · 最多跑一次</Text>
      </View>
      <SearchBar value={text} placeholder="搜索事项，支持拼音首字母" onChange={setText} />
      <View className="home__scan">
        <Button id="scan-button" kind="primary" size="large" block onClick={() => void scanToOpen()}>
          扫一扫
        </Button>
        <Text className="home__scan-hint">扫窗口或海报上的二维码，直接看办事指南</Text>
      </View>
      <View className="home__entries">
        <View
          id="home-my-cases"
          className="entry"
          hoverClass="entry--active"
          onClick={() => void Taro.navigateTo({ url: PAGES.cases })}
        >
          <Text className="entry__title">我的办件</Text>
          <Text className="entry__desc">申请、缴费、进度</Text>
        </View>
        <View
          id="home-progress"
          className="entry"
          hoverClass="entry--active"
          onClick={() => void Taro.navigateTo({ url: PAGES.progress })}
        >
          <Text className="entry__title">进度查询</Text>
          <Text className="entry__desc">凭办件编号查询</Text>
        </View>
      </View>
      <Chips chips={chips} onToggle={onChip} />
      {filtered && !q ? null : <ChainCards list={chains.data} title={q ? '相关一链办理' : undefined} />}
      <Section id="home-items" title={filtered ? '搜索结果' : '热门事项'}>
        <ItemResults state={{ ...list, retry }} onOpen={openItem} />
      </Section>
      {nothing ? <NoResults popular={all.data?.items ?? []} onOpen={openItem} /> : null}
    </Page>
  );
}
