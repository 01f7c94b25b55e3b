import { type Page } from 'playwright-core';
import { H5_URL } from './env';
import { typeInto, uploadMaterials } from './flows';
import { caseIdIn } from './session';
import { shown } from './staff';

/**
 * 水电气联合过户 of the demo catalog: one item of 县公用事业服务中心, free, picked up at the window. Its
 * department is in no other journey's statistics, and the item is in the hall's 综合受理 group.
 */
export const UTILITIES = {
  code: 'SDQ-GUOHU',
  department: '县公用事业服务中心',
  materials: ['id_card', 'property_cert', 'sale_contract', 'utility_bills'],
} as const;

/** A verified resident applies for 水电气联合过户 through the app; ends on the case page. Returns the id and number. */
export async function applyForUtilities(page: Page): Promise<{ caseId: string; number: string }> {
  await page.goto(`${H5_URL}/#/pages/guide/index?code=${UTILITIES.code}`);
  await shown(page, '#guide-apply').click({ timeout: 15_000 });
  await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
  await page.locator('#apply-form').waitFor({ timeout: 15_000 });
  const caseId = caseIdIn(page);
  await typeInto(page, '#field-propertyAddress', '莒南县人民路 26 号 2 单元 301');
  await page.locator('#option-utilities-water').click();
  await page.locator('#option-utilities-power').click();
  await page.locator('#save-status[data-status="saved"]').waitFor({ timeout: 10_000 });

  await uploadMaterials(page, caseId, UTILITIES.materials);

  await page.goto(`${H5_URL}/#/apply/delivery/index?id=${caseId}`);
  await page.locator('#delivery-window').click();
  await page.locator('#delivery-window[data-checked="true"]').waitFor({ timeout: 15_000 });
  await page.locator('#delivery-next').click();
  await page.locator('#submit-button').click();
  await page.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
  const number =
    ((await page.locator('#case-number').textContent({ timeout: 15_000 })) ?? '').match(/ZW\d{14}/)?.[0] ?? '';
  return { caseId, number };
}
