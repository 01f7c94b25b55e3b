import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type HallGroup } from '@onetrip/shared';
import { Sheet } from '@/components';
import { cx } from '@/utils/cx';

/** 转其他组: the group whose windows the holder goes to next (called there before everyone else). */
export function TransferSheet({
  targets,
  busy,
  onClose,
  onSend,
}: {
  targets: HallGroup[];
  busy: boolean;
  onClose: () => void;
  onSend: (group: string) => void;
}) {
  const [chosen, setChosen] = useState('');
  return (
    <Sheet
      id="transfer-dialog"
      title="转其他组"
      confirmId="transfer-send"
      confirmText="确认转组"
      disabled={!chosen}
      busy={busy}
      onConfirm={() => onSend(chosen)}
      onClose={onClose}
    >
      {targets.length ? (
        <>
          <View className="muted">群众将到所选分组的窗口办理，并优先叫号：</View>
          <View>
            {targets.map((g) => (
              <Text
                key={g.code}
                id={`transfer-group-${g.code}`}
                className={cx('staff-choice', chosen === g.code && 'staff-choice--on')}
                onClick={() => setChosen(g.code)}
              >
                {`${g.name}（${g.windows.join('、')}）`}
              </Text>
            ))}
          </View>
        </>
      ) : (
        <View id="transfer-none" className="muted">
          本大厅没有其他窗口分组
        </View>
      )}
    </Sheet>
  );
}
