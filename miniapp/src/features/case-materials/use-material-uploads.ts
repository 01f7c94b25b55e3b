import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { type ApplicationView } from '@onetrip/shared';
import { type VersionedRecord } from '@/hooks/use-versioned-record';
import { type PickedFile } from '@/platform/pick-file';
import { deleteUpload, uploadFile } from '@/services/uploads';
import { pickProblem } from '@/utils/file-rules';
import { toast } from '@/utils/toast';
import { rememberPreview } from './preview-cache';

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
export type PutMaterial<T> = (id: string, version: number, code: string, uploadIds: string[]) => Promise<T>;

/**
 * Uploading a material's files: POST /uploads with progress, then PUT the material's upload ids
 * with If-Match. 替换 swaps one id in place; 删除 unlinks it; a file no case uses any more is then
 * deleted (best effort).
 */
export function useMaterialUploads<T extends ApplicationView>(caseState: VersionedRecord<T>, put: PutMaterial<T>) {
  const [uploading, setUploading] = useState<Record<string, Uploading>>({});
  const { write, current } = caseState;

  const idsNow = useCallback(
    (code: string) => current()?.materials.find((m) => m.code === code)?.uploadIds ?? [],
    [current],
  );

  const add = useCallback(
    async (material: CaseMaterial, file: PickedFile, replacing?: string) => {
      const problem = pickProblem(file, material.formats);
      if (problem) return toast(problem);
      const { code } = material;
      setUploading((prev) => ({ ...prev, [code]: { name: file.name, percent: 0 } }));
      try {
        const stored = await uploadFile({ path: file.path, name: file.name }, (percent) =>
          setUploading((prev) => (prev[code] ? { ...prev, [code]: { ...prev[code], percent } } : prev)),
        );
        rememberPreview(stored.id, { url: file.path, mime: stored.mime });
        const before = idsNow(code);
        const ids = replacing ? before.map((x) => (x === replacing ? stored.id : x)) : [...before, stored.id];
        const outcome = await write((version) => put(caseState.current()?.id ?? '', version, code, ids));
        if (outcome.ok) {
          toast(replacing ? '已替换' : '已上传');
          if (replacing) void deleteUpload(replacing).catch(() => undefined);
        } else {
          void deleteUpload(stored.id).catch(() => undefined);
        }
      } catch {
        // request.ts has shown why (too large, wrong type, network)
      } finally {
        setUploading((prev) => {
          const { [code]: _done, ...rest } = prev;
          return rest;
        });
      }
    },
    [caseState, idsNow, put, write],
  );

  const remove = useCallback(
    async (material: CaseMaterial, id: string) => {
      const { confirm } = await Taro.showModal({
        title: '删除这份文件？',
        content: `将从“${material.name}”中移除`,
        confirmText: '删除',
        confirmColor: '#fa5151',
      });
      if (!confirm) return;
      const ids = idsNow(material.code).filter((x) => x !== id);
      const outcome = await write((version) => put(caseState.current()?.id ?? '', version, material.code, ids));
      if (outcome.ok) {
        toast('已删除');
        void deleteUpload(id).catch(() => undefined);
      }
    },
    [caseState, idsNow, put, write],
  );

  return { uploading, add, remove };
}
