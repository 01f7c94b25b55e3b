import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Empty, Remote, Tag } from '@/components';
import { type Resource } from '@/hooks/use-resource';
import { type AdminItemList, type AdminItemRow } from '@/services/admin-catalog';
import { formatDateTime } from '@/utils/time';
import { ADMIN_PAGES } from '../common/links';

export const PAGE_SIZE = 20;

function ItemRowView({ row }: { row: AdminItemRow }) {
  return (
    <View
      id={`item-row-${row.code}`}
      className="admin-table__row cell--link"
      onClick={() => void Taro.navigateTo({ url: ADMIN_PAGES.item(row.code) })}
    >
      <Text className="admin-table__cell admin-items__code">{row.code}</Text>
      <View className="admin-table__cell admin-items__name">
        <Text>{row.name}</Text>
        <Text className="admin-items__dept">{row.department}</Text>
      </View>
      <View className="admin-table__cell">
        {row.version === null ? (
          <Tag tone="grey">未发布</Tag>
        ) : (
          <Text>{`第 ${row.version} 版${row.updatedAt ? ` · ${formatDateTime(row.updatedAt)}` : ''}`}</Text>
        )}
      </View>
      <View className="admin-table__cell">
        {row.draft ? (
          <View id={`item-row-${row.code}-draft`} className="admin-items__draft">
            <Tag tone="orange">草稿</Tag>
            <Text className="muted">{`${row.draft.by.name || '管理员'} · ${formatDateTime(row.draft.savedAt)}`}</Text>
          </View>
        ) : null}
      </View>
    </View>
  );
}

interface ItemsTableProps {
  list: Resource<AdminItemList>;
  page: number;
  onPage: (page: number) => void;
  searching: boolean;
}

/** The items, a page at a time: code, name and department, the published version, a draft and whose. */
export function ItemsTable({ list, page, onPage, searching }: ItemsTableProps) {
  return (
    <Remote state={list}>
      {({ items, total }) => {
        const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
        if (items.length === 0) {
          return (
            <Empty
              title={searching ? '没有找到相符的事项' : '还没有事项'}
              desc={searching ? '换个名称、拼音首字母或编码试试' : '点“新建事项”开始'}
            />
          );
        }
        return (
          <View className="admin-table">
            <View className="admin-table__row admin-table__head">
              <Text className="admin-table__cell">编码</Text>
              <Text className="admin-table__cell">事项 / 部门</Text>
              <Text className="admin-table__cell">已发布</Text>
              <Text className="admin-table__cell">草稿</Text>
            </View>
            {items.map((row) => (
              <ItemRowView key={row.code} row={row} />
            ))}
            <View className="admin-toolbar admin-items__pager">
              <Button id="items-prev" size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
                上一页
              </Button>
              <Text id="items-page">{`第 ${page}/${pages} 页 · 共 ${total} 项`}</Text>
              <Button id="items-next" size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
                下一页
              </Button>
            </View>
          </View>
        );
      }}
    </Remote>
  );
}
