import { type ItemList } from '@onetrip/shared';
import { Empty, ItemRow, Loading, Remote } from '@/components';
import { type ResourceView } from '@/hooks/use-resource';

/** The item list under the filters: rows, or why there are none. */
export function ItemResults({
  state,
  onOpen,
}: {
  state: ResourceView<ItemList | null>;
  onOpen: (code: string) => void;
}) {
  return (
    <Remote state={state}>
      {(list) =>
        // null: a filter was just set and its first answer is still coming — not "nothing found".
        list === null ? (
          <Loading />
        ) : list.items.length > 0 ? (
          list.items.map((item) => <ItemRow key={item.code} item={item} onClick={onOpen} />)
        ) : (
          <Empty id="home-empty" title="没有找到相关事项" desc="换个说法试试，如“户口”“老年证”“营业执照”" />
        )
      }
    </Remote>
  );
}
