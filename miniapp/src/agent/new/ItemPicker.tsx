import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { Empty, ItemRow, Loading, Remote, SearchBar, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { useDebounced } from '@/hooks/use-debounced';
import { listItems } from '@/services/catalog';

export interface PickedTarget {
  kind: 'item' | 'chain';
  code: string;
  name: string;
}

/** The catalog as on the home page: type a name or its pinyin initials (ltyd), tap the item. */
export function ItemPicker({ onPick }: { onPick: (target: PickedTarget) => void }) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const list = useResource(useCallback(() => listItems({ q: q || undefined, pageSize: 50 }), [q]));
  return (
    <Section id="agent-item-picker" title="第一步：选择要代办的事项">
      <SearchBar value={text} placeholder="搜索事项，支持拼音首字母" onChange={setText} />
      <Remote state={list}>
        {(found) =>
          list.loading && found.items.length === 0 ? (
            <Loading />
          ) : found.items.length > 0 ? (
            found.items.map((item) => (
              <View key={item.code} id={`agent-item-${item.code}`}>
                <ItemRow item={item} onClick={() => onPick({ kind: 'item', code: item.code, name: item.name })} />
              </View>
            ))
          ) : (
            <Empty id="agent-items-empty" title="没有找到相关事项" desc="换个关键词试试" />
          )
        }
      </Remote>
    </Section>
  );
}
