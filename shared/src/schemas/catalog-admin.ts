import { z } from 'zod';
import { CATALOG_FILE_TYPES, DRAFT_MAX_DEPTH } from '../constants/catalog';
import { CatalogCode, ChainInput, ItemGuide, ItemSnapshot } from './catalog';
import { CatalogFileId } from './catalog-file';
import { PageQuery } from './common';

/**
 * The catalog console (admin only): catalog files, item drafts, lists with
 * their drafts, and the versions with who published them.
 */

/** POST /admin/catalog-files → 201: a stored catalog file and where it is served (GET /catalog-files/:id). */
export const CatalogFileView = z.object({
  id: CatalogFileId,
  name: z.string(),
  contentType: z.enum(CATALOG_FILE_TYPES),
  size: z.number().int(),
  /** the public address of the file (absolute) */
  url: z.string(),
});
export type CatalogFileView = z.infer<typeof CatalogFileView>;

export const CatalogFileParams = z.strictObject({ id: CatalogFileId });

/** Who saved a draft or published a version: the admin's id and display name. */
export const CatalogEditor = z.object({ userId: z.string(), name: z.string() });
export type CatalogEditor = z.infer<typeof CatalogEditor>;

/** What keeps a draft from being published: exactly what ItemInput says, with the path as a list. */
export const DraftProblem = z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() });
export type DraftProblem = z.infer<typeof DraftProblem>;

type Walked = { path: (string | number)[]; message: string };

/** Keys a stored document cannot hold: operators (`$…`), dotted paths, NUL. */
function badKeys(value: unknown, path: (string | number)[], found: Walked[]): void {
  if (found.length) return;
  if (path.length > DRAFT_MAX_DEPTH) {
    found.push({ path, message: `草稿层级不能超过 ${DRAFT_MAX_DEPTH} 层` });
    return;
  }
  if (Array.isArray(value)) value.forEach((v, i) => badKeys(v, [...path, i], found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.') || key.includes('\u0000')) {
        found.push({ path: [...path, key], message: '字段名不能以 $ 开头，也不能包含 . 或空字符' });
        return;
      }
      badKeys(inner, [...path, key], found);
    }
  }
}

/**
 * Body of PUT /admin/items/:code/draft: the guide being edited, any JSON
 * object (incomplete is fine: its problems are reported, not refused), with
 * no key a database would read as an operator and no deeper than a guide
 * could be. At most 256 KB, like every JSON body.
 */
export const ItemDraftBody = z.record(z.string(), z.unknown()).superRefine((draft, ctx) => {
  const found: Walked[] = [];
  badKeys(draft, [], found);
  for (const problem of found) ctx.addIssue({ code: 'custom', ...problem });
});
export type ItemDraftBody = z.infer<typeof ItemDraftBody>;

/** PUT /admin/items/:code/draft → 200. */
export const DraftSaved = z.object({ savedAt: z.string(), problems: z.array(DraftProblem) });
export type DraftSaved = z.infer<typeof DraftSaved>;

/** GET /admin/items/:code: the published guide and the draft, either possibly absent (never both). */
export const AdminItemView = z.object({
  published: ItemGuide.nullable(),
  draft: z
    .object({
      guide: z.record(z.string(), z.unknown()),
      savedAt: z.string(),
      by: CatalogEditor,
      problems: z.array(DraftProblem),
    })
    .nullable(),
});
export type AdminItemView = z.infer<typeof AdminItemView>;

export const AdminItemListQuery = z.strictObject({ q: z.string().trim().max(40).optional(), ...PageQuery });
export type AdminItemListQuery = z.infer<typeof AdminItemListQuery>;

/** GET /admin/items: every item, published or only drafted, by pinyin of the name. */
export const AdminItemList = z.object({
  items: z.array(
    z.object({
      code: CatalogCode,
      name: z.string(),
      department: z.string(),
      /** null: never published (a draft only) */
      version: z.number().int().nullable(),
      updatedAt: z.string().nullable(),
      draft: z.object({ savedAt: z.string(), by: CatalogEditor }).nullable(),
    }),
  ),
  total: z.number().int(),
});
export type AdminItemList = z.infer<typeof AdminItemList>;

/** GET /admin/chains: every chain with its item codes and version (the editor's list). */
export const AdminChainList = z.object({
  items: z.array(
    z.object({
      code: CatalogCode,
      name: z.string(),
      leadDepartment: z.string(),
      items: z.array(z.string()),
      version: z.number().int(),
    }),
  ),
  total: z.number().int(),
});
export type AdminChainList = z.infer<typeof AdminChainList>;

export const VersionParams = z.strictObject({
  code: CatalogCode,
  version: z.coerce.number().int().min(1).max(999_999_999),
});

/**
 * GET /admin/items/:code/versions (and chains'): newest first; `by` is null
 * for versions stored before it was recorded; `changes` names the top-level
 * fields that differ from the version before (every field present, for
 * version 1), and for items each material added, removed or changed as
 * `materials.<code>` after `materials`.
 */
export const VersionList = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      at: z.string(),
      by: CatalogEditor.nullable(),
      changes: z.array(z.string()),
    }),
  ),
});
export type VersionList = z.infer<typeof VersionList>;

const versionHead = { version: z.number().int(), at: z.string(), by: CatalogEditor.nullable() };

/** GET /admin/items/:code/versions/:version: the guide as it was published then. */
export const ItemVersionView = z.object({ ...versionHead, guide: ItemSnapshot });
export type ItemVersionView = z.infer<typeof ItemVersionView>;

/** GET /admin/chains/:code/versions/:version: the chain's input as it was published then. */
export const ChainVersionView = z.object({ ...versionHead, guide: ChainInput });
export type ChainVersionView = z.infer<typeof ChainVersionView>;
