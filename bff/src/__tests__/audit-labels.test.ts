import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { auditActionLabel } from '@onetrip/shared';

/** Every `.ts` file of the BFF's modules, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '__tests__' || name === 'testing' ? [] : sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** The actions the BFF writes to the audit log: the `action` of each recordAudit call. */
function auditedActions(): string[] {
  const found = new Set<string>();
  for (const file of sources(path.resolve(__dirname, '../modules'))) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.split('recordAudit(').slice(1)) {
      const action = /action: '([a-z_.]+)'/.exec(call.slice(0, 400))?.[1];
      if (action) found.add(action);
    }
  }
  return [...found].sort();
}

describe('the audit log browser', () => {
  it('names every action the BFF records in Chinese (none shows as its code)', () => {
    const actions = auditedActions();
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((a) => auditActionLabel(a) === a || /^[a-z_.]+$/.test(auditActionLabel(a)))).toEqual([]);
  });
});
