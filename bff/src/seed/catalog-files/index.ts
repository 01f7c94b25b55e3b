import { createHash } from 'node:crypto';
import { type CatalogFileRef } from '@onetrip/shared';
import { type SeedCatalogFile } from '../../modules/catalog';
import { renderForm } from './form-paper';
import { FORMS } from './forms';
import { photoSamplePng } from './photo-sample';
import { renderPlanSample } from './plan-paper';
import { renderResult } from './result-paper';
import { RESULTS } from './results';

/**
 * Bump when a renderer changes what it draws: a file's id names its content,
 * and files stored by an earlier run are reused under their id.
 */
const RENDERING = 'seed-papers-2';

const files: SeedCatalogFile[] = [];

/** Registers a file of the seed; its id is derived from what it shows, so the same on every run and database. */
function seedFile(name: string, spec: unknown, render: () => Promise<Buffer>): CatalogFileRef {
  const id = createHash('sha256')
    .update(`${RENDERING}\u0000${name}\u0000${JSON.stringify(spec)}`)
    .digest('hex')
    .slice(0, 24);
  files.push({ id, name, render });
  return { id, name };
}

type FormName = keyof typeof FORMS;

/** 空白表格 and 样表 of each form-like material. */
export const FORM_FILES = Object.fromEntries(
  Object.entries(FORMS).map(([key, spec]) => [
    key,
    {
      blankForm: seedFile(`${spec.title}（空白表格）.pdf`, spec, () => renderForm(spec, false)),
      sampleFile: seedFile(`${spec.title}（样表）.pdf`, spec, () => renderForm(spec, true)),
    },
  ]),
) as Record<FormName, { blankForm: CatalogFileRef; sampleFile: CatalogFileRef }>;

/** 证件照示例 (二寸, white background): a PNG. */
export const PHOTO_SAMPLE = seedFile('证件照示例（白底）.png', 'photo-white-background', async () => photoSamplePng());

const PLAN_TITLE = '经营场所平面布局图（示例）';
/** 平面布局图 示例: a PDF drawing of a small pharmacy's rooms. */
export const LAYOUT_SAMPLE = seedFile(`${PLAN_TITLE}.pdf`, PLAN_TITLE, () =>
  renderPlanSample(PLAN_TITLE, '莒南县政务服务中心'),
);

const RESULT_FILES = new Map(
  Object.entries(RESULTS).map(([code, spec]) => [
    code,
    seedFile(`${spec.title}（样本）.pdf`, spec, () => renderResult(spec)),
  ]),
);

/** 结果样本 of an item, by its code (every demo item has one). */
export function resultSample(code: string): CatalogFileRef {
  const file = RESULT_FILES.get(code);
  if (!file) throw new Error(`the demo item ${code} has no result sample`);
  return file;
}

/** Every catalog file the demo catalog refers to. */
export const seedCatalogFiles: readonly SeedCatalogFile[] = files;
