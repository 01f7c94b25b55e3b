import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { POSTER_KIND_LABELS, POSTER_KINDS, type PosterKind } from '@onetrip/shared';
import { Button, Chips, Empty, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { listQrCodes, openPoster } from '@/services/admin-posters';
import { toast } from '@/utils/toast';

const PAGE_SIZE = 20;

/** 2026-11-25 14:05, Beijing time. */
const beijingTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 已生成的二维码: every code of an item, a chain or a window, newest first, each with its poster. */
export function PosterList() {
  const [kind, setKind] = useState<PosterKind | 'all'>('all');
  const [page, setPage] = useState(1);
  const load = useCallback(
    () => listQrCodes({ ...(kind === 'all' ? {} : { kind }), page, pageSize: PAGE_SIZE }),
    [kind, page],
  );
  const codes = useResource(load);
  const download = (token: string, title: string) =>
    openPoster(token, title).catch((e: unknown) => toast(errorMessage(e)));
  return (
    <Section id="poster-list" title="已生成的二维码">
      <Chips
        chips={(['all', ...POSTER_KINDS] as const).map((k) => ({
          key: `poster-list-kind-${k}`,
          label: k === 'all' ? '全部' : POSTER_KIND_LABELS[k],
          active: kind === k,
        }))}
        onToggle={(key) => {
          setKind(key.replace('poster-list-kind-', '') as PosterKind | 'all');
          setPage(1);
        }}
      />
      <Remote state={codes}>
        {(list) => (
          <>
            {list.items.length === 0 ? <Empty title="还没有生成二维码" /> : null}
            {list.items.map((code) => (
              <View key={code.token} id={`poster-row-${code.token}`} className="admin-table__row">
                <Text className="admin-table__cell">{POSTER_KIND_LABELS[code.kind]}</Text>
                <Text className="admin-table__cell">{code.title ?? `${code.target}（已不存在）`}</Text>
                <Text className="admin-table__cell posters-muted">{beijingTime(code.createdAt)}</Text>
                <Button
                  id={`poster-row-download-${code.token}`}
                  size="small"
                  disabled={!code.title}
                  onClick={() => void download(code.token, code.title ?? code.target)}
                >
                  下载海报
                </Button>
              </View>
            ))}
            {list.total > PAGE_SIZE ? (
              <View className="admin-toolbar">
                <Button id="poster-list-prev" size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                  上一页
                </Button>
                <Text className="posters-muted">
                  第 {page} / {Math.ceil(list.total / PAGE_SIZE)} 页
                </Text>
                <Button
                  id="poster-list-next"
                  size="small"
                  disabled={page * PAGE_SIZE >= list.total}
                  onClick={() => setPage(page + 1)}
                >
                  下一页
                </Button>
              </View>
            ) : null}
          </>
        )}
      </Remote>
    </Section>
  );
}
