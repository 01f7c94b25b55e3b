import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { Button, Field } from '@/components';
import { FilePicker, type PickedFile } from '@/platform/pick-file';
import { openUploadPreview } from '@/platform/upload-preview';
import { CATALOG_FILE_MAX_BYTES, CATALOG_FILE_TYPES, type CatalogFileRef } from '@onetrip/shared';
import { catalogFileUrl, uploadCatalogFile } from '@/services/admin-catalog';
import { errorMessage } from '@/services/api-error';
import { type Path } from '../../common/paths';
import { useProblemAt } from '../../common/problem-context';

const ACCEPTED = new Set<string>(CATALOG_FILE_TYPES);
const isPdf = (name: string) => /\.pdf$/i.test(name);

/** Why this file cannot be a catalog file, before sending it; the server checks the content again. */
function pickProblem(file: PickedFile): string | null {
  if (file.size > CATALOG_FILE_MAX_BYTES) return `文件不能超过 ${CATALOG_FILE_MAX_BYTES / 1024 / 1024} MB`;
  if (file.mime && !ACCEPTED.has(file.mime)) return '只能上传 JPG、PNG 图片或 PDF 文件';
  return null;
}

/** Shows the file: an image in the viewer, a PDF downloaded then opened (a tab on H5, WeChat's reader). */
async function openFile(file: CatalogFileRef): Promise<void> {
  const url = catalogFileUrl(file.id);
  if (!isPdf(file.name)) {
    await Taro.previewImage({ urls: [url], current: url }).catch(() => undefined);
    return;
  }
  const res = await Taro.downloadFile({ url }).catch(() => null);
  if (res?.statusCode === 200) openUploadPreview({ url: res.tempFilePath, mime: 'application/pdf' });
}

interface CatalogFileFieldProps {
  /** The picker sits in `<id>`; `<id>-remove` takes the file off, `<id>-error` says what went wrong. */
  id: string;
  label: string;
  path: Path;
  value: CatalogFileRef | undefined;
  onChange: (file: CatalogFileRef | undefined) => void;
  desc?: string;
}

/**
 * A file residents see next to the guide (样表, 空白表格, 结果样本): uploaded at once to
 * POST /admin/catalog-files (an image of at least 200×200 px, or a PDF, at most 5 MB), then kept
 * in the guide as `{id, name}`.
 */
export function CatalogFileField({ id, label, path, value, onChange, desc }: CatalogFileFieldProps) {
  const problem = useProblemAt(path);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (file: PickedFile) => {
    const refused = pickProblem(file);
    setFailure(refused);
    if (refused) return;
    setUploading(true);
    try {
      const stored = await uploadCatalogFile({ path: file.path, name: file.name });
      onChange({ id: stored.id, name: stored.name });
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Field
      label={label}
      error={failure ?? problem}
      errorId={`${id}-error`}
      hint={desc ? <View className="admin-hint">{desc}</View> : null}
    >
      <View className="admin-file">
        {value ? (
          <View id={`${id}-file`} className="admin-file__chosen" onClick={() => void openFile(value)}>
            {isPdf(value.name) ? (
              <Text className="admin-file__pdf">PDF</Text>
            ) : (
              <Image className="admin-file__thumb" src={catalogFileUrl(value.id)} mode="aspectFill" />
            )}
            <Text className="admin-file__name">{value.name}</Text>
          </View>
        ) : (
          <Text className="muted">{uploading ? '上传中…' : '未上传'}</Text>
        )}
        <View id={id} className="admin-file__actions">
          <FilePicker
            formats={['jpg', 'png', 'pdf']}
            compact={Boolean(value)}
            label={value ? '替换' : '上传'}
            disabled={uploading}
            onPick={(file) => void upload(file)}
          />
          {value ? (
            <Button id={`${id}-remove`} size="small" kind="warn" onClick={() => onChange(undefined)}>
              移除
            </Button>
          ) : null}
        </View>
      </View>
    </Field>
  );
}
