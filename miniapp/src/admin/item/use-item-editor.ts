import { useCallback, useMemo, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { CatalogCode, type ItemGuide } from '@onetrip/shared';
import { useDebounced } from '@/hooks/use-debounced';
import {
  discardItemDraft,
  getAdminItem,
  publishItem,
  saveItemDraft,
  type AdminActor,
  type AdminItemRecord,
  type GuideProblem,
} from '@/services/admin-catalog';
import { errorMessage, isApiError } from '@/services/api-error';
import { toast } from '@/utils/toast';
import { ADMIN_PAGES } from '../common/links';
import { setIn, type Path } from '../common/paths';
import { detailProblems, schemaProblems, type Problem } from '../common/schema-problems';
import { shownProblems, stampProblems, type ServerProblem } from '../common/server-problems';
import { checkGuide } from './check-guide';
import { blankGuide, fromDraft, fromPublished, type EditedGuide } from './guide-model';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/** The checks run once typing pauses this long. */
export const CHECK_DELAY_MS = 300;

/** The server's draft; `by` null: saved from this page just now (by the admin using it). */
export interface DraftState {
  savedAt: string;
  by: AdminActor | null;
}

type Busy = 'save' | 'publish' | 'discard' | null;

function startingGuide(record: AdminItemRecord | null): EditedGuide {
  if (record?.draft) return fromDraft(record.draft.guide);
  if (record?.published) return fromPublished(record.published);
  return blankGuide();
}

/**
 * The state of the item editor and its four actions. Edits stay on the page until 保存草稿 (PUT
 * draft); 发布 saves what is unsaved, then publishes with the published version it was edited from
 * (If-Match; 0 for a new item). Problems: the shared schema's, checked as typing pauses, plus what
 * the server said on the last save or publish, each until its value is changed.
 */
export function useItemEditor(initialCode: string | undefined, record: AdminItemRecord | null) {
  const [code, setCodeText] = useState(initialCode ?? '');
  /** Fixed once the item exists on the server (a draft or a version). */
  const [codeFixed, setCodeFixed] = useState(Boolean(initialCode));
  const [codeTaken, setCodeTaken] = useState(false);
  const [guide, setGuide] = useState<EditedGuide>(() => startingGuide(record));
  const [published, setPublished] = useState<ItemGuide | null>(record?.published ?? null);
  const [draft, setDraft] = useState<DraftState | null>(() =>
    record?.draft ? { savedAt: record.draft.savedAt, by: record.draft.by } : null,
  );
  const [dirty, setDirty] = useState(false);
  const [server, setServer] = useState<ServerProblem[]>(() =>
    record?.draft ? stampProblems(record.draft.problems, startingGuide(record)) : [],
  );
  const [busy, setBusy] = useState<Busy>(null);
  const [conflict, setConflict] = useState(false);
  const latest = useRef(guide);
  latest.current = guide;

  const settled = useDebounced(guide, CHECK_DELAY_MS);
  const checked = useMemo(() => checkGuide(settled), [settled]);
  const codeProblems = useMemo<Problem[]>(() => {
    if (codeFixed) return [];
    if (codeTaken) return [{ path: ['code'], message: '这个编码已有事项，请换一个' }];
    return schemaProblems(CatalogCode, code).map((p) => ({ ...p, path: ['code', ...p.path] }));
  }, [code, codeFixed, codeTaken]);
  const problems = useMemo(
    () => shownProblems([...codeProblems, ...checked], server, guide),
    [codeProblems, checked, server, guide],
  );

  const edit = useCallback((path: Path, value: unknown) => {
    setGuide((g) => setIn(g, path, value));
    setDirty(true);
  }, []);

  const setCode = (text: string) => {
    setCodeText(text.trim().toUpperCase());
    setCodeTaken(false);
    setDirty(true);
  };

  /** A new item's code must be well formed and not already an item's (a draft would land on it). */
  const claimCode = async (): Promise<boolean> => {
    if (schemaProblems(CatalogCode, code).length > 0) {
      toast('请先填写正确的事项编码');
      return false;
    }
    try {
      const existing = await getAdminItem(code);
      if (existing.published || existing.draft) {
        setCodeTaken(true);
        return false;
      }
    } catch (e) {
      if (!(isApiError(e) && e.code === 'NOT_FOUND')) {
        toast(errorMessage(e));
        return false;
      }
    }
    return true;
  };

  /** PUT draft; true once saved. The server's problems are shown; saving never waits for them. */
  const saveDraft = async (sent: EditedGuide = latest.current, quiet = false): Promise<GuideProblem[] | null> => {
    if (!codeFixed && !(await claimCode())) return null;
    setBusy('save');
    try {
      const saved = await saveItemDraft(code, sent);
      setCodeFixed(true);
      setDraft({ savedAt: saved.savedAt, by: null });
      if (latest.current === sent) setDirty(false);
      setServer(stampProblems(saved.problems, sent));
      if (!quiet) {
        if (saved.problems.length > 0) toast(`草稿已保存，还有 ${saved.problems.length} 个问题`);
        else toast('草稿已保存', 'success');
      }
      return saved.problems;
    } catch (e) {
      toast(errorMessage(e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    const sent = latest.current;
    const found = [...codeProblems, ...checkGuide(sent)];
    if (found.length > 0) {
      toast(`还有 ${found.length} 个问题，改好后才能发布`);
      return;
    }
    if (dirty || !draft) {
      const saved = await saveDraft(sent, true);
      if (saved === null) return;
      if (saved.length > 0) {
        toast(`还有 ${saved.length} 个问题，改好后才能发布`);
        return;
      }
    }
    setBusy('publish');
    try {
      const next = await publishItem(code, published?.version ?? 0);
      setPublished(next);
      setDraft(null);
      setServer([]);
      if (latest.current === sent) {
        setGuide(fromPublished(next));
        setDirty(false);
      }
      toast(`已发布第 ${next.version} 版`, 'success');
    } catch (e) {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') setConflict(true);
      else if (isApiError(e) && e.code === 'VALIDATION_FAILED') {
        setServer(stampProblems(detailProblems(e.details), sent));
        toast(e.message);
      } else toast(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  /** Drops the draft (and what is unsaved): back to the published guide, or out of an item never published. */
  const discard = async () => {
    const { confirm } = await Taro.showModal({
      title: '放弃草稿',
      content: published
        ? '草稿和未保存的修改将被删除，恢复为当前发布的内容。'
        : '这个事项还没有发布过，放弃草稿后它将不再存在。',
      confirmText: '放弃',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    if (draft) {
      setBusy('discard');
      try {
        await discardItemDraft(code);
      } catch (e) {
        toast(errorMessage(e));
        return;
      } finally {
        setBusy(null);
      }
    }
    setDraft(null);
    setDirty(false);
    setServer([]);
    if (published) setGuide(fromPublished(published));
    else if (codeFixed) {
      void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ADMIN_PAGES.items }));
    } else setGuide(blankGuide());
    toast('已放弃草稿', 'success');
  };

  /** 以此为草稿: an old version becomes the draft (saved at once, so nobody loses it by leaving). */
  const restore = async (version: number, old: Record<string, unknown>) => {
    if (dirty || draft) {
      const { confirm } = await Taro.showModal({
        title: '以此为草稿',
        content: `第 ${version} 版的内容将替换当前的草稿和未保存的修改。`,
        confirmText: '替换',
      });
      if (!confirm) return false;
    }
    const restored = fromDraft(old);
    setGuide(restored);
    latest.current = restored;
    setDirty(true);
    return (await saveDraft(restored)) !== null;
  };

  return {
    code,
    setCode,
    codeFixed,
    guide,
    edit,
    published,
    draft,
    dirty,
    problems,
    busy,
    conflict,
    saveDraft: () => void saveDraft(),
    publish: () => void publish(),
    discard: () => void discard(),
    restore,
  };
}

export type ItemEditorState = ReturnType<typeof useItemEditor>;
