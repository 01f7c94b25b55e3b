import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { tripsKept } from '@onetrip/shared';
import { seedItems } from '../../../seed/data';
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
});

describe('seedDemoCatalog', () => {
  it('seeds at least 14 items in 6 departments, the chains and a QR code for each (windows’ come with the hall)', async () => {
    const counts = await seedDemoCatalog(t.app);
    expect(counts.items).toBeGreaterThanOrEqual(14);
    expect(counts.departments).toBeGreaterThanOrEqual(6);
    expect(counts.written).toBe(counts.items + counts.chains + counts.qrcodes);

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
