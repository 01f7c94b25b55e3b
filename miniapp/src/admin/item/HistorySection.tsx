import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { Button, Loading, Remote } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { getVersion } from '@/services/admin-catalog';
import { formatDateTime } from '@/utils/time';
import { Fold } from '../common/Fold';
import { useVersionHistory } from '../common/use-version-history';
import { VersionList } from '../common/VersionList';
import { GuideSnapshot } from './GuideSnapshot';
import { changeLabel, fromDraft } from './guide-model';

interface HistorySectionProps {
  code: string;
  /** The version now published: the list is read again when it changes. */
  publishedVersion: number;
  /** 以此为草稿: resolves true once the old version is the saved draft. */
  onRestore: (version: number, guide: Record<string, unknown>) => Promise<boolean>;
}

/** 修改记录: the published versions; one opened read only, and 以此为草稿 to start again from it. */
export function HistorySection({ code, publishedVersion, onRestore }: HistorySectionProps) {
  const versions = useVersionHistory('items', code, publishedVersion);
  const [open, setOpen] = useState<number | null>(null);
  const [restoring, setRestoring] = useState(false);
  const detail = useResource(
    useCallback(
      () => (open === null ? Promise.resolve(null) : getVersion<Record<string, unknown>>('items', code, open)),
      [code, open],
    ),
  );

  const restore = async (version: number, guide: Record<string, unknown>) => {
    setRestoring(true);
    try {
      if (await onRestore(version, guide)) setOpen(null);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <Fold id="history" title="修改记录" paths={[]}>
      <View id="item-history">
        <VersionList state={versions} changeLabel={changeLabel} onOpen={setOpen} />
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
                  <GuideSnapshot guide={fromDraft(shown.guide)} />
                  <View className="admin-toolbar">
                    <Button
                      id="version-restore"
                      kind="primary"
                      size="small"
                      loading={restoring}
                      onClick={() => void restore(shown.version, shown.guide)}
                    >
                      以此为草稿
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
