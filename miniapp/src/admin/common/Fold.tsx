import { useState, type PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { Button, Section, Tag } from '@/components';
import { type Path } from './paths';
import { useProblemCount } from './problem-context';

interface FoldProps {
  /** `fold-<id>` is the section, `fold-<id>-toggle` its 收起/展开 button. */
  id: string;
  title: string;
  /** The parts of the guide this section edits: their problems are counted on its head, folded or not. */
  paths: ReadonlyArray<Path>;
  startFolded?: boolean;
}

/** A section of an editor that folds away, saying how many problems it holds even when folded. */
export function Fold({ id, title, paths, startFolded = false, children }: PropsWithChildren<FoldProps>) {
  const [folded, setFolded] = useState(startFolded);
  const problems = useProblemCount(paths);
  return (
    <Section
      id={`fold-${id}`}
      title={title}
      extra={
        <View className="admin-fold__extra">
          {problems > 0 ? (
            <Tag tone="red" className="admin-fold__count">
              {`${problems} 个问题`}
            </Tag>
          ) : null}
          <Button id={`fold-${id}-toggle`} size="small" kind="plain" onClick={() => setFolded(!folded)}>
            {folded ? '展开' : '收起'}
          </Button>
        </View>
      }
    >
      {folded ? null : children}
    </Section>
  );
}
