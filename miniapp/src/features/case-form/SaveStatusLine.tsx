import { Text, View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import { type SaveStatus } from './use-form-draft';

const TEXT: Record<SaveStatus, string> = {
  idle: '填写内容会自动保存',
  pending: '保存中…',
  saving: '保存中…',
  saved: '已保存',
  invalid: '有内容需要修改，改好后自动保存',
  error: '保存失败，请检查网络',
};

export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  return (
    <View id="save-status" className={cx('save-status', `save-status--${status}`)} data-status={status}>
      <Text>{TEXT[status]}</Text>
      {status === 'error' ? (
        <Text className="link save-status__retry" onClick={onRetry}>
          重试
        </Text>
      ) : null}
    </View>
  );
}
