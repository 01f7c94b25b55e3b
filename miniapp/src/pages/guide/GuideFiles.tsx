import { Image, Text, View } from '@tarojs/components';
import { type CatalogFileRef, type Material } from '@onetrip/shared';
import { catalogFileUrl } from '@/services/catalog';
import { isImageFile, openCatalogFile } from '@/utils/catalog-file';

/** A sample: an image as a thumbnail that opens the preview, a PDF as a link that opens it. */
function SampleLink({ id, file, label }: { id: string; file: CatalogFileRef; label: string }) {
  const open = () => void openCatalogFile(file);
  if (isImageFile(file))
    return (
      <View className="guide-file guide-file--image" onClick={open}>
        <Image id={id} className="guide-file__thumb" src={catalogFileUrl(file.id)} mode="aspectFit" lazyLoad />
        <Text className="guide-file__caption">{label}（点击放大）</Text>
      </View>
    );
  return (
    <Text id={id} className="guide-file link" onClick={open}>
      {label}
    </Text>
  );
}

/** Under a material: how to prepare it (text), its 样表 or 示例图, and its 空白表格 to download. */
export function MaterialFiles({
  material,
}: {
  material: Pick<Material, 'code' | 'sample' | 'sampleFile' | 'blankForm'>;
}) {
  const { code, sample, sampleFile, blankForm } = material;
  if (!sample && !sampleFile && !blankForm) return null;
  return (
    <View className="material__files">
      {sample ? <View className="muted">{sample}</View> : null}
      <View className="material__links">
        {sampleFile ? (
          <SampleLink
            id={`material-sample-${code}`}
            file={sampleFile}
            label={isImageFile(sampleFile) ? '示例图' : '查看样表'}
          />
        ) : null}
        {blankForm ? (
          <Text
            id={`material-blank-${code}`}
            className="guide-file link"
            onClick={() => void openCatalogFile(blankForm)}
          >
            下载空白表格
          </Text>
        ) : null}
      </View>
    </View>
  );
}

/** 结果样本: what the applicant will receive, to look at before applying. */
export function ResultSample({ file }: { file: CatalogFileRef }) {
  return (
    <View className="result-sample">
      <SampleLink id="guide-result-sample" file={file} label={`查看${file.name.replace(/\.(pdf|png|jpe?g)$/i, '')}`} />
    </View>
  );
}
