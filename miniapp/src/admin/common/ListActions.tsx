import { View } from '@tarojs/components';
import { Button } from '@/components';

interface ListActionsProps {
  /** `<id>-up`, `<id>-down`, `<id>-remove`. */
  id: string;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** Removing would leave fewer entries than allowed. */
  removeDisabled?: boolean;
}

/** 上移, 下移 and 删除 for one entry of a list the admin orders by hand. */
export function ListActions({ id, index, count, onMove, onRemove, removeDisabled }: ListActionsProps) {
  return (
    <View className="admin-list-actions">
      <Button id={`${id}-up`} size="small" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        上移
      </Button>
      <Button id={`${id}-down`} size="small" disabled={index >= count - 1} onClick={() => onMove(index, index + 1)}>
        下移
      </Button>
      <Button id={`${id}-remove`} size="small" kind="warn" disabled={removeDisabled} onClick={() => onRemove(index)}>
        删除
      </Button>
    </View>
  );
}
