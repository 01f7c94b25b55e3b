import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@/components/Button';
import { acceptsImages, baseName, mimeFromName, type FilePickerProps, type PickedFile } from './pick-file-types';

export { type FilePickerProps, type MaterialFormat, type PickedFile } from './pick-file-types';

type Source = 'camera' | 'album' | 'pdf';

const SOURCE_LABELS: Record<Source, string> = { camera: '拍照', album: '从相册选', pdf: '选择PDF' };

/** null when the user cancelled. */
async function pick(source: Source): Promise<PickedFile | null> {
  try {
    if (source === 'pdf') {
      const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] });
      const file = tempFiles[0];
      return file ? { path: file.path, name: file.name, size: file.size, mime: mimeFromName(file.name) } : null;
    }
    const { tempFiles } = await Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sourceType: [source],
      sizeType: ['compressed'],
    });
    const file = tempFiles[0];
    if (!file) return null;
    const name = baseName(file.tempFilePath);
    return { path: file.tempFilePath, name, size: file.size, mime: mimeFromName(name) || 'image/jpeg' };
  } catch {
    return null; // cancelled, or no permission (WeChat has said why)
  }
}

function sourcesFor(formats: FilePickerProps['formats']): Source[] {
  const sources: Source[] = acceptsImages(formats) ? ['camera', 'album'] : [];
  if (formats.includes('pdf')) sources.push('pdf');
  return sources;
}

export function FilePicker({ formats, onPick, disabled, compact, label = '替换' }: FilePickerProps) {
  const sources = sourcesFor(formats);
  const choose = async (source: Source) => {
    const file = await pick(source);
    if (file) onPick(file);
  };
  if (compact) {
    const chooseFromSheet = async () => {
      try {
        const { tapIndex } = await Taro.showActionSheet({ itemList: sources.map((s) => SOURCE_LABELS[s]) });
        const source = sources[tapIndex];
        if (source) await choose(source);
      } catch {
        // sheet dismissed
      }
    };
    return (
      <Button size="small" kind="plain" disabled={disabled} onClick={() => void chooseFromSheet()}>
        {label}
      </Button>
    );
  }
  return (
    <View className="file-pick">
      {sources.map((source) => (
        <Button
          key={source}
          className={`file-pick__btn file-pick__btn--${source}`}
          size="small"
          kind={source === 'camera' ? 'primary' : 'default'}
          disabled={disabled}
          onClick={() => void choose(source)}
        >
          {SOURCE_LABELS[source]}
        </Button>
      ))}
    </View>
  );
}
