import { buildTestApp, type TestApp } from '../../../../test/helpers/build-app';
import { AuditLogImmutableError, auditModel } from '../audit.model';
import { recordAudit } from '../audit.service';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t.close();
});

const entry = {
  actor: { userId: '0123456789abcdef01234567', role: 'agent', station: { town: '十字路街道', village: '东关村' } },
  action: 'case.created',
  caseId: 'c1',
};

describe('the audit log is append-only through the app', () => {
  it('refuses every update, replace and delete through the model, and the entry stays as written', async () => {
    await recordAudit(t.app.db, entry);
    const Audit = auditModel(t.app.db);
    const filter = { caseId: 'c1' };
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['updateOne', () => Audit.updateOne(filter, { $set: { action: 'case.read' } })],
      ['updateMany', () => Audit.updateMany(filter, { $set: { action: 'case.read' } })],
      ['findOneAndUpdate', () => Audit.findOneAndUpdate(filter, { $set: { action: 'case.read' } })],
      ['findByIdAndUpdate', async () => Audit.findByIdAndUpdate((await Audit.findOne(filter))?._id, { action: 'x' })],
      ['replaceOne', () => Audit.replaceOne(filter, { ...entry, action: 'case.read' })],
      ['findOneAndReplace', () => Audit.findOneAndReplace(filter, { ...entry, action: 'case.read' })],
      ['deleteOne', () => Audit.deleteOne(filter)],
      ['deleteMany', () => Audit.deleteMany({})],
      ['findOneAndDelete', () => Audit.findOneAndDelete(filter)],
      ['findByIdAndDelete', async () => Audit.findByIdAndDelete((await Audit.findOne(filter))?._id)],
      ['bulkWrite', () => Audit.bulkWrite([{ deleteOne: { filter } }])],
      [
        'save of a loaded entry',
        async () => {
          const doc = await Audit.findOne(filter);
          doc?.set('action', 'case.read');
          return doc?.save();
        },
      ],
      ['doc.deleteOne', async () => (await Audit.findOne(filter))?.deleteOne()],
      ['doc.updateOne', async () => (await Audit.findOne(filter))?.updateOne({ action: 'x' })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt().then(() => `${name} went through`)).rejects.toBeInstanceOf(AuditLogImmutableError);
    }
    const stored = await t.app.db.collection('audit_logs').find(filter).toArray();
    expect(stored).toEqual([expect.objectContaining({ action: 'case.created', actor: entry.actor })]);
  });

  it('still takes new entries, one by one and in bulk inserts', async () => {
    const Audit = auditModel(t.app.db);
    await recordAudit(t.app.db, { ...entry, caseId: 'c2' });
    await Audit.insertMany([{ ...entry, caseId: 'c2', at: new Date() }]);
    await Audit.bulkWrite([{ insertOne: { document: { ...entry, caseId: 'c2', at: new Date() } } }]);
    expect(await Audit.countDocuments({ caseId: 'c2' })).toBe(3);
  });
});
