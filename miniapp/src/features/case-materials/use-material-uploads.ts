import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { type ApplicationView, type UploadSlot } from '@onetrip/shared';
import { type VersionedRecord } from '@/hooks/use-versioned-record';
import { type PickedFile } from '@/platform/pick-file';
import { ApiError } from '@/services/api-error';
import { isImageTooSmall } from '@/services/error-details';
import { deleteUpload, uploadFile } from '@/services/uploads';
import { imageSizeProblem, pickProblem } from '@/utils/file-rules';
import { toast } from '@/utils/toast';
import { rememberPreview } from './preview-cache';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

type CaseMaterial = ApplicationView['materials'][number];

export interface Uploading {
  name: string;
  percent: number;
}

/** The contract takes at most this many files for one material. */
export const MAX_FILES_PER_MATERIAL = 20;

/**
 * The PUT that sets a material's files, with the version it is based on (`If-Match`): the resident's
 * `PUT /applications/:id/materials/:code` or the counter's `PUT /counter/cases/:id/materials/:code`.
 */
export type PutMaterial<T> = (
  id: string,
  version: number,
  code: string,
  uploadIds: string[],
  uploadSlots?: UploadSlot[],
) => Promise<T>;

/** A photo too small to read: the reason (the phone's check or the BFF's, in the same words) and what to do. */
function askToRetake(message: string) {
  void Taro.showModal({ title: '请重拍这张照片', content: message, confirmText: '去重拍', showCancel: false });
}

/**
 * 分面上传: the slots after a file was added to `slot` or replaced another (it takes that file's slot);
 * undefined for a material without slots (the PUT then sends only `uploadIds`, as before).
 */
function slotsAfterPick(
  material: CaseMaterial | undefined,
  ids: string[],
  stored: string,
  replacing: string | undefined,
  slot: string | undefined,
): UploadSlot[] | undefined {
  if (!material?.slots?.length) return undefined;
  const before = material.uploadSlots ?? [];
  const taken = slot ?? before.find((s) => s.uploadId === replacing)?.slot;
  const kept = before.filter((s) => ids.includes(s.uploadId) && s.uploadId !== stored && s.slot !== taken);
  return taken ? [...kept, { uploadId: stored, slot: taken }] : kept;
}

export interface UploadOptions {
  /** Awaited before a picked file is sent; false: nothing is uploaded (e.g. 不同意 on a consent). */
  beforeUpload?: (material: CaseMaterial) => Promise<boolean>;
}

/**
 * Uploading a material's files: POST /uploads with progress, then PUT the material's upload ids
 * with If-Match. 替换 swaps one id in place; 删除 unlinks it; a file no case uses any more is then
 * deleted (best effort).
 */
export function useMaterialUploads<T extends ApplicationView>(
  caseState: VersionedRecord<T>,
  put: PutMaterial<T>,
  options: UploadOptions = {},
) {
  const [uploading, setUploading] = useState<Record<string, Uploading>>({});
  // The page's check before an upload starts (the resident's consent for an identity document).
  const beforeUpload = useRef(options.beforeUpload);
  beforeUpload.current = options.beforeUpload;
  const { write, current } = caseState;

  const materialNow = useCallback((code: string) => current()?.materials.find((m) => m.code === code), [current]);
  const idsNow = useCallback((code: string) => materialNow(code)?.uploadIds ?? [], [materialNow]);

  const add = useCallback(
    async (material: CaseMaterial, file: PickedFile, replacing?: string, slot?: string) => {
      const problem = pickProblem(file, material.formats);
      if (problem) return toast(problem);
      // A photo no one could read is not sent: the reason at once, in the BFF's words.
      const tooSmall = await imageSizeProblem(file);
      if (tooSmall) return askToRetake(tooSmall);
      if (beforeUpload.current && !(await beforeUpload.current(material))) return;
      const { code } = material;
      setUploading((prev) => ({ ...prev, [code]: { name: file.name, percent: 0 } }));
      try {
        const stored = await uploadFile(
          { path: file.path, name: file.name },
          (percent) => setUploading((prev) => (prev[code] ? { ...prev, [code]: { ...prev[code], percent } } : prev)),
          { silent: true },
        );
        rememberPreview(stored.id, { url: file.path, mime: stored.mime });
        const before = idsNow(code);
        // A slot holds one file: a second photo of 人像面 takes the first one's place.
        const inSlot = slot && !replacing ? materialNow(code)?.uploadSlots?.find((s) => s.slot === slot) : undefined;
        const swapped = replacing ?? (inSlot && before.includes(inSlot.uploadId) ? inSlot.uploadId : undefined);
        const ids = swapped ? before.map((x) => (x === swapped ? stored.id : x)) : [...before, stored.id];
        const slots = slotsAfterPick(materialNow(code), ids, stored.id, swapped, slot);
        const outcome = await write((version) => put(caseState.current()?.id ?? '', version, code, ids, slots));
        if (outcome.ok) {
          toast(swapped ? '已替换' : '已上传');
          if (swapped) void deleteUpload(swapped).catch(() => undefined);
        } else {
          void deleteUpload(stored.id).catch(() => undefined);
        }
      } catch (e) {
        // Why the upload was refused (too large, wrong type, network); a photo too small to read, with what to do.
        if (e instanceof ApiError && e.details.some(isImageTooSmall)) askToRetake(e.message);
        else if (e instanceof ApiError) toast(e.message);
      } finally {
        setUploading((prev) => {
          const { [code]: _done, ...rest } = prev;
          return rest;
        });
      }
    },
    [caseState, idsNow, materialNow, put, write],
  );

  const remove = useCallback(
    async (material: CaseMaterial, id: string) => {
      const { confirm } = await Taro.showModal({
        title: '删除这份文件？',
        content: `将从“${material.name}”中移除`,
        confirmText: '删除',
        confirmColor: DANGER_CONFIRM_COLOR,
      });
      if (!confirm) return;
      const ids = idsNow(material.code).filter((x) => x !== id);
      const slots = materialNow(material.code)?.slots?.length
        ? (materialNow(material.code)?.uploadSlots ?? []).filter((s) => ids.includes(s.uploadId))
        : undefined;
      const outcome = await write((version) => put(caseState.current()?.id ?? '', version, material.code, ids, slots));
      if (outcome.ok) {
        toast('已删除');
        void deleteUpload(id).catch(() => undefined);
      }
    },
    [caseState, idsNow, materialNow, put, write],
  );

  return { uploading, add, remove };
}
