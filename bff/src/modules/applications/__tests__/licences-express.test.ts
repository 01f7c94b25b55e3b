import { type LicenceList } from '@onetrip/shared';
import { putItem } from '../../catalog/item.service';
import { DEPT_A } from '../../staff/testing/world';
import {
  EXPRESS_FEE,
  EXPRESS_ITEM,
  shippedCase,
  shipResident,
  shipWorld,
  type ShipWorld,
} from '../../shipments/testing/world';
import { simpleItem, storedCase } from '../testing/cases';

/** 电子证照 on the express path of the issue: the licence is written as on the window path. */
let w: ShipWorld;
beforeAll(async () => {
  w = await shipWorld();
  // The world's express item, now issuing a licence (before any case keeps its guide).
  await putItem(
    w.app.db,
    EXPRESS_ITEM,
    simpleItem({
      name: '测试邮寄证照',
      department: DEPT_A,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: EXPRESS_FEE },
      licence: { type: '食品经营许可证' },
    }),
  );
});
afterAll(async () => {
  await w.t.close();
});

it('an express issue writes the applicant’s licence with the certificate number, and no one else’s', async () => {
  const [owner, other] = await Promise.all([shipResident(w, 'lic_owner'), shipResident(w, 'lic_other', '李建国')]);
  const shipped = await shippedCase(w, owner);
  const stored = await storedCase(w.app, shipped.id);
  expect(stored?.status).toBe('shipping');
  const mine = (await w.call(owner, 'GET', '/licences')).json<LicenceList>().items;
  expect(mine).toEqual([
    expect.objectContaining({
      id: `${shipped.id}.${EXPRESS_ITEM}`,
      type: '食品经营许可证',
      number: stored?.certificateNo,
      issuer: DEPT_A,
      caseNumber: stored?.number,
    }),
  ]);
  expect(mine[0]).not.toHaveProperty('validUntil');
  expect((await w.call(other, 'GET', '/licences')).json<LicenceList>().items).toEqual([]);
});
