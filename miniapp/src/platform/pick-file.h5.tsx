import { View } from '@tarojs/components';
import { cx } from '@/utils/cx';
import { acceptsImages, type FilePickerProps } from './pick-file-types';

export { type FilePickerProps, type MaterialFormat, type PickedFile } from './pick-file-types';

/** `image/*,application/pdf` narrowed to what the material takes. */
export function acceptFor(formats: FilePickerProps['formats']): string {
  const parts: string[] = [];
  if (acceptsImages(formats)) parts.push('image/*');
  if (formats.includes('pdf')) parts.push('application/pdf');
  return parts.join(',');
}

/**
 * A browser has one file chooser (which itself offers the camera on a phone), so one button:
 * a real `<input type="file">` laid over it, which tests and e2e can also fill directly.
 */
export function FilePicker({ formats, onPick, disabled, compact, label }: FilePickerProps) {
  const text = label ?? (compact ? '替换' : '上传');
  return (
    <View className={cx('file-pick', compact && 'file-pick--compact')}>
      <label
        className={cx(
          'btn',
          compact ? 'btn--plain' : 'btn--primary',
          'btn--small',
          'file-pick__label',
          disabled && 'btn--disabled',
        )}
      >
        {text}
        <input
          className="file-pick__input"
          type="file"
          accept={acceptFor(formats)}
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = ''; // the same file may be picked again after a failure
            if (!file) return;
            onPick({ path: URL.createObjectURL(file), name: file.name, size: file.size, mime: file.type });
          }}
        />
      </label>
    </View>
  );
}
