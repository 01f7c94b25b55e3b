import { Text, View } from '@tarojs/components';
import { Button } from '@/components';

interface ConflictNoticeProps {
  id: string;
  message: string;
  onReload: () => void;
}

/** Another admin wrote first: what happened to this admin's work, and 重新加载 to see theirs. */
export function ConflictNotice({ id, message, onReload }: ConflictNoticeProps) {
  return (
    <View id={id} className="admin-notice admin-notice--warn">
      <Text>{message}</Text>
      <Button id={`${id}-reload`} size="small" kind="primary" onClick={onReload}>
        重新加载
      </Button>
    </View>
  );
}
