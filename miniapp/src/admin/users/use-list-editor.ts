import { useEffect, useState } from 'react';
import { toast } from '@/utils/toast';
import { fieldProblems } from '../common/field-problems';

/**
 * A list the centre keeps (stations, courier companies): edited here, saved as one with `save`; the
 * server's refusal (e.g. a station an agent still serves) becomes the section's problem.
 */
export function useListEditor<T>(saved: T[], send: (list: T[]) => Promise<unknown>, done: string, onSaved: () => void) {
  const [list, setList] = useState<T[]>(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setList(saved), [saved]);

  const save = async () => {
    setBusy(true);
    try {
      await send(list);
      toast(done, 'success');
      setProblem(null);
      onSaved();
    } catch (e) {
      setProblem(fieldProblems(e).general);
    } finally {
      setBusy(false);
    }
  };
  return { list, setList, problem, setProblem, busy, save };
}
