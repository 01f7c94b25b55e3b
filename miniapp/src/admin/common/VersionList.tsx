import { Cell, Empty, Remote } from '@/components';
import { type ResourceView } from '@/hooks/use-resource';
import { type VersionRow } from '@/services/admin-catalog';
import { formatDateTime } from '@/utils/time';

interface VersionListProps {
  state: ResourceView<{ items: VersionRow[] }>;
  /** The words for a changed part of the guide (`materials` → 申请材料). */
  changeLabel: (part: string) => string;
  onOpen: (version: number) => void;
}

/** 修改记录: every version, newest first, with who made it, when, and what changed. */
export function VersionList({ state, changeLabel, onOpen }: VersionListProps) {
  return (
    <Remote state={state}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty title="还没有发布过" desc="发布后，每个版本都会记在这里" />
        ) : (
          <>
            {[...items]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <Cell
                  key={v.version}
                  id={`version-${v.version}`}
                  title={`第 ${v.version} 版`}
                  desc={[
                    v.by?.name ?? '系统',
                    formatDateTime(v.at),
                    v.changes.length ? `修改：${v.changes.map(changeLabel).join('、')}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  onClick={() => onOpen(v.version)}
                />
              ))}
          </>
        )
      }
    </Remote>
  );
}
