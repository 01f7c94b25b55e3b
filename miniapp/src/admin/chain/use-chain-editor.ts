import { useMemo, useRef, useState } from 'react';
import { CatalogCode, ChainInput } from '@onetrip/shared';
import { useDebounced } from '@/hooks/use-debounced';
import { putChain } from '@/services/admin-catalog';
import { errorMessage, isApiError } from '@/services/api-error';
import { toast } from '@/utils/toast';
import { setIn, type Path } from '../common/paths';
import { detailProblems, schemaProblems, type Problem } from '../common/schema-problems';
import { shownProblems, stampProblems, type ServerProblem } from '../common/server-problems';

/** The chain as edited: the body of PUT /admin/chains/:code, possibly still incomplete. */
export interface EditedChain {
  name: string;
  leadDepartment: string;
  items: string[];
  description?: string;
}

export const CHECK_DELAY_MS = 300;

const blankChain = (): EditedChain => ({ name: '', leadDepartment: '', items: [] });

export interface ChainRecord {
  version: number;
  input: ChainInput;
}

/**
 * The state of the chain editor: edits stay on the page until 保存, which sends the whole chain
 * with the version it was read at (If-Match; 0 for a new chain, so an existing code is never
 * overwritten). Problems: the shared ChainInput schema's as typing pauses, plus the server's.
 */
export function useChainEditor(initialCode: string | undefined, record: ChainRecord | null) {
  const [code, setCodeText] = useState(initialCode ?? '');
  const [codeFixed, setCodeFixed] = useState(Boolean(initialCode));
  const [codeTaken, setCodeTaken] = useState(false);
  const [chain, setChain] = useState<EditedChain>(() => (record ? { ...record.input } : blankChain()));
  const [version, setVersion] = useState(record?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [server, setServer] = useState<ServerProblem[]>([]);
  const latest = useRef(chain);
  latest.current = chain;

  const settled = useDebounced(chain, CHECK_DELAY_MS);
  const checked = useMemo(() => schemaProblems(ChainInput, settled), [settled]);
  const codeProblems = useMemo<Problem[]>(() => {
    if (codeFixed) return [];
    if (codeTaken) return [{ path: ['code'], message: '这个编码已有一链办理，请换一个' }];
    return schemaProblems(CatalogCode, code).map((p) => ({ ...p, path: ['code', ...p.path] }));
  }, [code, codeFixed, codeTaken]);
  const problems = useMemo(
    () => shownProblems([...codeProblems, ...checked], server, chain),
    [codeProblems, checked, server, chain],
  );

  const edit = (path: Path, value: unknown) => {
    setChain((c) => setIn(c, path, value));
    setDirty(true);
  };

  const setCode = (text: string) => {
    setCodeText(text.trim().toUpperCase());
    setCodeTaken(false);
    setDirty(true);
  };

  /** An old version's content, to save as the next one. */
  const load = (input: ChainInput) => {
    setChain({ ...input });
    setDirty(true);
  };

  const save = async () => {
    const sent = latest.current;
    const found = [...codeProblems, ...schemaProblems(ChainInput, sent)];
    if (found.length > 0) {
      toast(`还有 ${found.length} 个问题，改好后才能保存`);
      return;
    }
    setSaving(true);
    try {
      const saved = await putChain(code, sent as ChainInput, version);
      setVersion(saved.version);
      setCodeFixed(true);
      setServer([]);
      if (latest.current === sent) setDirty(false);
      toast(`已保存第 ${saved.version} 版`, 'success');
    } catch (e) {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        if (codeFixed) setConflict(true);
        else setCodeTaken(true);
      } else if (isApiError(e) && e.code === 'VALIDATION_FAILED') {
        setServer(stampProblems(detailProblems(e.details), sent));
        toast(e.message);
      } else toast(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return {
    code,
    setCode,
    codeFixed,
    chain,
    edit,
    load,
    version,
    dirty,
    saving,
    conflict,
    problems,
    save: () => void save(),
  };
}

export type ChainEditorState = ReturnType<typeof useChainEditor>;
