import { type Connection } from 'mongoose';
import { ItemInput, type DraftProblem, type RequestProblem } from '@onetrip/shared';
import { missingFileRefs } from './catalog-file.service';

/** `materials.2.blankForm` → ['materials', 2, 'blankForm'] */
const pathOf = (dotted: string) => dotted.split('.').map((part) => (/^[0-9]+$/.test(part) ? Number(part) : part));

/**
 * What keeps a draft from being published: exactly the issues ItemInput
 * reports (so the console shows what PUT /admin/items/:code would refuse),
 * then — for a guide that passes them — each reference to a catalog file
 * that does not exist. Empty: publishable.
 */
export async function draftProblems(
  conn: Connection,
  draft: unknown,
): Promise<{ problems: DraftProblem[]; guide: ItemInput | null }> {
  const parsed = ItemInput.safeParse(draft);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
    }));
    return { problems, guide: null };
  }
  const missing = await missingFileRefs(conn, parsed.data);
  const problems = missing.map(({ path, id }) => ({ path: pathOf(path), message: `文件不存在：${id}` }));
  return { problems, guide: problems.length ? null : parsed.data };
}

/** Problems as the details of a 400 (dotted paths, like every validation answer). */
export const asDetails = (problems: DraftProblem[]): RequestProblem[] =>
  problems.map((p) => ({ path: p.path.join('.'), message: p.message }));
