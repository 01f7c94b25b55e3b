import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { catalogFileRefs, ItemInput, tripsKept } from '@onetrip/shared';
import { seedItems } from '../../../seed/data';
import { seedCatalogFiles } from '../../../seed/catalog-files';
import { catalogFileModel } from '../catalog-file.model';
import { seedDemoCatalog } from '../../../seed/seed';
import { auditModel } from '../../audit/audit.model';
import { chainModel } from '../chain.model';
import { itemVersionModel } from '../item-version.model';
import { itemModel } from '../item.model';
import { qrcodeModel } from '../qrcode.model';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const snapshot = async () => ({
  items: await itemModel(t.app.db).find().sort({ code: 1 }).lean(),
  versions: await itemVersionModel(t.app.db).countDocuments(),
  chains: await chainModel(t.app.db).find().sort({ code: 1 }).lean(),
  qrcodes: await qrcodeModel(t.app.db).find().sort({ token: 1 }).lean(),
  audits: await auditModel(t.app.db).countDocuments(),
  files: await catalogFileModel(t.app.db).find().sort({ _id: 1 }).lean(),
});

describe('seedDemoCatalog', () => {
  it('seeds at least 14 items in 6 departments, the chains and a QR code for each (windows’ come with the hall)', async () => {
    const counts = await seedDemoCatalog(t.app);
    expect(counts.items).toBeGreaterThanOrEqual(14);
    expect(counts.departments).toBeGreaterThanOrEqual(6);
    expect(counts.files).toBe(seedCatalogFiles.length);
    expect(counts.written).toBe(counts.items + counts.chains + counts.qrcodes + counts.files);

    const db = await snapshot();
    expect(db.items).toHaveLength(counts.items);
    expect(new Set(db.items.map((i) => i.department)).size).toBe(counts.departments);
    expect(db.items.every((i) => i.version === 1)).toBe(true);
    expect(db.versions).toBe(counts.items);
    expect(db.chains.map((c) => c.code)).toEqual(expect.arrayContaining(['ESF-JIAOYI', 'YAODIAN-SHELI']));
    expect(db.qrcodes).toHaveLength(counts.qrcodes);
    expect(db.qrcodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ token: 'i-laonian-youdaizheng', kind: 'item', target: 'LAONIAN-YOUDAIZHENG' }),
        expect.objectContaining({ token: 'c-esf', kind: 'chain', target: 'ESF-JIAOYI' }),
      ]),
    );
    expect(db.qrcodes.every((q) => q.token.length <= 32)).toBe(true);
  });

  it('keeps every 零跑腿 it promises: each such item offers express or an electronic result, as stored', async () => {
    const zeroTrips = seedItems.filter((i) => i.guide.trips === 0);
    // The five relabelled 只跑一次 until a case could end electronically are 零跑腿 again (电子送达).
    const electronic = ['GJJ-TIQU', 'SDQ-GUOHU', 'QISHUI-SHENBAO', 'GAOLING-JINTIE', 'JUMIN-YANGLAO'];
    expect(zeroTrips.map((i) => i.code)).toEqual(expect.arrayContaining(['LAONIAN-YOUDAIZHENG', ...electronic]));
    expect(seedItems.filter((i) => !tripsKept(i.guide)).map((i) => i.code)).toEqual([]);
    const stored = await itemModel(t.app.db).find({ trips: 0 }).lean();
    expect(stored.map((i) => i.code).sort()).toEqual(zeroTrips.map((i) => i.code).sort());
    expect(stored.filter((i) => !i.delivery?.express && !i.delivery?.electronic)).toEqual([]);
    expect(stored.filter((i) => i.delivery?.electronic).map((i) => i.code)).toEqual(expect.arrayContaining(electronic));
  });

  it('gives every item a department phone and a result sample, passing the catalog’s rules as stored', async () => {
    for (const { code } of seedItems) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/items/${code}` });
      const { code: _c, version: _v, updatedAt: _u, ...guide } = res.json<Record<string, unknown>>();
      expect([code, ItemInput.safeParse(guide).error?.issues ?? []]).toEqual([code, []]);
      expect([code, guide.consultationPhone]).toEqual([code, expect.stringMatching(/^0539-[0-9]{7}$/)]);
      expect([code, guide.resultSample]).toEqual([
        code,
        { id: expect.any(String), name: expect.stringMatching(/\.pdf$/) },
      ]);
    }
    // Each department keeps one number across its items.
    const phones = new Map<string, Set<string>>();
    for (const { guide } of seedItems)
      phones.set(guide.department, (phones.get(guide.department) ?? new Set()).add(guide.consultationPhone as string));
    expect([...phones.values()].every((numbers) => numbers.size === 1)).toBe(true);
  });

  it('gives the form-like materials a blank form and a sample, and serves every file the guides name', async () => {
    const withForms = seedItems.flatMap((i) => i.guide.materials.filter((m) => m.blankForm).map((m) => m.code));
    expect(withForms).toEqual(
      expect.arrayContaining(['premises_proof', 'sole_home_statement', 'residence_proof', 'disability_assessment']),
    );
    expect(seedItems.every((i) => i.guide.materials.every((m) => !m.blankForm || m.sampleFile))).toBe(true);
    const ids = new Set(seedItems.flatMap((i) => catalogFileRefs(i.guide).map((r) => r.id)));
    expect(ids.size).toBe(seedCatalogFiles.length);
    const types = new Set<string>();
    for (const id of ids) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/catalog-files/${id}` });
      expect([id, res.statusCode]).toEqual([id, 200]);
      types.add(res.headers['content-type'] as string);
      expect(res.rawPayload.length).toBeGreaterThan(1000);
    }
    // The PDFs are drawn with the Chinese font; the photo sample is an image.
    expect([...types].sort()).toEqual(['application/pdf', 'image/png']);
  });

  it('changes nothing when run again (versions, timestamps, audit)', async () => {
    const before = await snapshot();
    const counts = await seedDemoCatalog(t.app);
    expect(counts.written).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('repairs a seeded QR code pointed elsewhere, and only that', async () => {
    await qrcodeModel(t.app.db).updateOne({ token: 'c-esf' }, { $set: { target: 'YAODIAN-SHELI' } });
    const counts = await seedDemoCatalog(t.app);
    expect(counts.written).toBe(1);
    expect(await qrcodeModel(t.app.db).findOne({ token: 'c-esf' }).lean()).toMatchObject({
      kind: 'chain',
      target: 'ESF-JIAOYI',
    });
  });
});
