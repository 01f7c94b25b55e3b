import { type Connection } from 'mongoose';
import { ChainInput, ItemInput } from '@onetrip/shared';
import { type Config } from '../config';
import { ensureCatalogFiles, ensureQrToken, putChain, putItem } from '../modules/catalog';
import { seedCatalogFiles } from './catalog-files';
import { itemQrToken, seedChains, seedItems } from './data';

/** Seeded writes are audited, and kept in the versions' history, as the system, not as a person. */
const SYSTEM = { actor: { userId: 'system', role: 'system' }, by: { userId: 'system', name: '系统' } };

export interface SeedCounts {
  items: number;
  departments: number;
  chains: number;
  qrcodes: number;
  /** catalog files the guides refer to (样表, 空白表格, 结果样本) */
  files: number;
  /** documents created or changed by this run (0 when the catalog was already seeded) */
  written: number;
}

/**
 * Puts the demo catalog through the same services as the admin routes:
 * the catalog files its guides refer to (drawn at the first run, with fixed
 * ids), items, chains, and a QR code with a fixed token for every item
 * (`i-<code>`) and chain (`c-esf`, ...); the windows' codes come with the
 * hall's groups (`seedDemoHall`). Idempotent: an unchanged guide keeps its
 * version and a recorded file is not drawn again, so a second run writes
 * nothing. Throws when the demo data breaks a rule of the catalog.
 */
export async function seedDemoCatalog(app: {
  db: Connection;
  config: Pick<Config, 'UPLOAD_DIR' | 'DATA_ENCRYPTION_KEY'>;
}): Promise<SeedCounts> {
  const conn = app.db;
  // Files first: a guide naming a file that is not recorded is refused.
  const files = await ensureCatalogFiles(app, seedCatalogFiles);
  // Items are independent of each other (and so are chains, and QR codes): seed each group at once.
  const writes = await Promise.all(
    seedItems.map(async ({ code, popularity, guide }) => {
      const { outcome } = await putItem(conn, code, ItemInput.parse(guide), { ...SYSTEM, popularity });
      return [outcome !== 'unchanged', await ensureQrToken(conn, itemQrToken(code), { kind: 'item', target: code })];
    }),
  );
  writes.push(
    ...(await Promise.all(
      seedChains.map(async ({ code, qrToken, chain }) => {
        const { outcome } = await putChain(conn, code, ChainInput.parse(chain), SYSTEM);
        return [outcome !== 'unchanged', await ensureQrToken(conn, qrToken, { kind: 'chain', target: code })];
      }),
    )),
  );
  const written = files + writes.flat().filter(Boolean).length;
  return {
    items: seedItems.length,
    departments: new Set(seedItems.map((i) => i.guide.department)).size,
    chains: seedChains.length,
    qrcodes: seedItems.length + seedChains.length,
    files: seedCatalogFiles.length,
    written,
  };
}

export const describeSeed = (c: SeedCounts) =>
  `demo catalog: ${c.items} items in ${c.departments} departments, ${c.chains} chains, ${c.qrcodes} QR codes, ${c.files} files; ${c.written} documents written`;
