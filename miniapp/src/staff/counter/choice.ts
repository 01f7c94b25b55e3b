import { type CounterCaseBody } from '@onetrip/shared';

/** One thing the person came for, as the picker shows it. */
export interface Picked {
  code: string;
  name: string;
  department: string;
}

/** Several items (一次办多事) or one chain (一链办理): a case is one or the other. */
export type Choice = { kind: 'items'; items: Picked[] } | { kind: 'chain'; chain: Picked };

export const NOTHING: Choice = { kind: 'items', items: [] };

/** The contract's limit of items in one case. */
export const MAX_ITEMS = 10;

/** Taps an item in or out; a chain chosen before gives way to it. */
export function toggleItem(choice: Choice, item: Picked): Choice {
  if (choice.kind === 'chain') return { kind: 'items', items: [item] };
  const on = choice.items.some((i) => i.code === item.code);
  if (on) return { kind: 'items', items: choice.items.filter((i) => i.code !== item.code) };
  if (choice.items.length >= MAX_ITEMS) return choice;
  return { kind: 'items', items: [...choice.items, item] };
}

/** Taps a chain in (replacing whatever was chosen) or out. */
export function toggleChain(choice: Choice, chain: Picked): Choice {
  if (choice.kind === 'chain' && choice.chain.code === chain.code) return NOTHING;
  return { kind: 'chain', chain };
}

export const isChosen = (choice: Choice, kind: Choice['kind'], code: string) =>
  choice.kind === 'chain'
    ? kind === 'chain' && choice.chain.code === code
    : kind === 'items' && choice.items.some((i) => i.code === code);

export const choiceCount = (choice: Choice) => (choice.kind === 'chain' ? 1 : choice.items.length);

/** POST /counter/cases of the choice, or null while nothing is chosen. */
export function caseBody(personId: string, choice: Choice): CounterCaseBody | null {
  if (choice.kind === 'chain') return { personId, chain: choice.chain.code };
  return choice.items.length ? { personId, items: choice.items.map((i) => i.code) } : null;
}
