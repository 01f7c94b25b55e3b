import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, FieldError, SearchBar, Tag } from '@/components';
import { type AdminItemRow } from '@/services/admin-catalog';
import { ListActions } from '../common/ListActions';
import { moveEntry } from '../common/paths';
import { useProblemAt } from '../common/problem-context';

/** ChainInput's bounds. */
export const CHAIN_MIN_ITEMS = 2;
export const CHAIN_MAX_ITEMS = 10;
const SHOWN_RESULTS = 20;

interface ChainItemsProps {
  codes: string[];
  /** Every published item of the catalog (what a chain can be made of), by code. */
  catalog: ReadonlyArray<AdminItemRow>;
  onChange: (codes: string[]) => void;
}

/**
 * 包含的事项: the chain's items in the order the resident meets them (`chain-item-<index>`, with
 * 上移/下移/删除), and a search of the catalog to add more (`chain-pick-<code>`).
 */
export function ChainItems({ codes, catalog, onChange }: ChainItemsProps) {
  const [q, setQ] = useState('');
  const problem = useProblemAt(['items']);
  const byCode = useMemo(() => new Map(catalog.map((row) => [row.code, row])), [catalog]);
  const results = useMemo(() => {
    const text = q.trim().toLowerCase();
    return catalog
      .filter((row) => row.version !== null && !codes.includes(row.code))
      .filter((row) => !text || row.name.includes(text) || row.code.toLowerCase().includes(text))
      .slice(0, SHOWN_RESULTS);
  }, [catalog, codes, q]);
  const full = codes.length >= CHAIN_MAX_ITEMS;
  return (
    <View>
      <View id="chain-items" className="admin-table">
        {codes.map((code, i) => {
          const row = byCode.get(code);
          return (
            <View key={code} id={`chain-item-${i}`} className="admin-table__row" data-code={code}>
              <Text className="admin-chain__no">{i + 1}</Text>
              <View className="admin-table__cell">
                <Text>{row?.name ?? code}</Text>
                <Text className="muted">{row ? ` ${code} · ${row.department}` : ' 目录中没有这个事项'}</Text>
              </View>
              <ListActions
                id={`chain-item-${i}`}
                index={i}
                count={codes.length}
                onMove={(from, to) => onChange(moveEntry(codes, from, to))}
                onRemove={(at) => onChange(codes.filter((_, j) => j !== at))}
              />
            </View>
          );
        })}
      </View>
      {problem ? <FieldError id="chain-items-error">{problem}</FieldError> : null}
      <View className="admin-subhead">
        {`添加事项（已选 ${codes.length} 个，需 ${CHAIN_MIN_ITEMS}–${CHAIN_MAX_ITEMS} 个）`}
      </View>
      <View id="chain-item-search">
        <SearchBar value={q} placeholder="按名称或编码查找已发布的事项" onChange={setQ} />
      </View>
      <View className="admin-table">
        {results.map((row) => (
          <View key={row.code} className="admin-table__row">
            <View className="admin-table__cell">
              <Text>{row.name}</Text>
              <Text className="muted">{` ${row.code} · ${row.department}`}</Text>
            </View>
            <Button
              id={`chain-pick-${row.code}`}
              size="small"
              kind="plain"
              disabled={full}
              onClick={() => onChange([...codes, row.code])}
            >
              添加
            </Button>
          </View>
        ))}
        {full ? <Tag tone="orange">最多 {CHAIN_MAX_ITEMS} 个事项</Tag> : null}
      </View>
    </View>
  );
}
