import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type ChainInput } from '@onetrip/shared';
import { Button, Loading, Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getVersion, type AdminItemRow } from '@/services/admin-catalog';
import { formatDateTime } from '@/utils/time';
import { Fold } from '../common/Fold';
import { useVersionHistory } from '../common/use-version-history';
import { VersionList } from '../common/VersionList';

const CHANGE_LABELS: Record<string, string> = {
  name: '名称',
  leadDepartment: '牵头部门',
  items: '包含的事项',
  description: '说明',
};

interface ChainHistoryProps {
  code: string;
  /** The version now saved: the list is read again when it changes. */
  version: number;
  catalog: ReadonlyArray<AdminItemRow>;
  /** 载入此版本: the old content into the editor, to be saved as the next version. */
  onLoad: (input: ChainInput) => void;
}

/** 修改记录 of a chain: every version, one opened read only. */
export function ChainHistory({ code, version, catalog, onLoad }: ChainHistoryProps) {
  const versions = useVersionHistory('chains', code, version);
  const [open, setOpen] = useState<number | null>(null);
  const detail = useResource(
    useCallback(
      () => (open === null ? Promise.resolve(null) : getVersion<ChainInput>('chains', code, open)),
      [code, open],
    ),
  );
  const nameOf = (c: string) => catalog.find((row) => row.code === c)?.name ?? c;
  return (
    <Fold id="history" title="修改记录" paths={[]}>
      <View id="chain-history">
        <VersionList state={versions} changeLabel={(part) => CHANGE_LABELS[part] ?? part} onOpen={setOpen} />
      </View>
      {open !== null ? (
        <View id="version-view" className="admin-version">
          <Remote state={detail}>
            {(shown) =>
              shown?.version === open ? (
                <>
                  <View className="admin-version__head">
                    {`第 ${shown.version} 版 · ${shown.by?.name ?? '系统'} · ${formatDateTime(shown.at)}（只读）`}
                  </View>
                  <View className="admin-snapshot">
                    <View className="admin-snapshot__row">
                      <Text className="admin-snapshot__label">名称</Text>
                      <Text className="admin-snapshot__value">{shown.guide.name}</Text>
                    </View>
                    <View className="admin-snapshot__row">
                      <Text className="admin-snapshot__label">牵头部门</Text>
                      <Text className="admin-snapshot__value">{shown.guide.leadDepartment}</Text>
                    </View>
                    <View className="admin-snapshot__row">
                      <Text className="admin-snapshot__label">包含的事项</Text>
                      <Text className="admin-snapshot__value">{shown.guide.items.map(nameOf).join(' → ')}</Text>
                    </View>
                    {shown.guide.description ? (
                      <View className="admin-snapshot__row">
                        <Text className="admin-snapshot__label">说明</Text>
                        <Text className="admin-snapshot__value">{shown.guide.description}</Text>
                      </View>
                    ) : null}
                  </View>
                  <View className="admin-toolbar">
                    <Button
                      id="version-load"
                      kind="primary"
                      size="small"
                      onClick={() => {
                        onLoad(shown.guide);
                        setOpen(null);
                      }}
                    >
                      载入此版本
                    </Button>
                    <Button id="version-close" size="small" onClick={() => setOpen(null)}>
                      关闭
                    </Button>
                  </View>
                </>
              ) : (
                <Loading />
              )
            }
          </Remote>
        </View>
      ) : null}
    </Fold>
  );
}
