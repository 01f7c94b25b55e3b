import { type Page } from 'playwright-core';
import { H5_URL } from './env';
import { confirmPicker, typeInto, uploadMaterials } from './flows';
import { caseIdIn } from './session';

/**
 * The 药店设立 chain of the demo catalog: 营业执照 first, then the two permits, all three of 县市场监督管理局.
 * The permits ask for a 营业执照, which the chain's first item issues: the chain holds it, nobody uploads it
 * (and the ID card is held by the verified identity).
 */
export const PHARMACY = {
  code: 'YAODIAN-SHELI',
  department: '县市场监督管理局',
  heldByChain: 'business_license',
  uploaded: ['premises_proof', 'layout_plan', 'pharmacist_cert', 'quality_system', 'food_safety_system'],
  items: [
    { code: 'GETI-YINGYE', name: '营业执照（个体工商户）' },
    { code: 'YAOPIN-JINGYING', name: '药品经营许可证（零售）' },
    { code: 'SHIPIN-JINGYING', name: '食品经营许可证' },
  ],
} as const;

/** A verified resident starts 药店设立 from its guide and fills the one form; ends on the materials step. */
export async function startPharmacy(page: Page): Promise<string> {
  await page.goto(`${H5_URL}/#/pages/chain/index?code=${PHARMACY.code}`);
  await page.locator('#chain-apply').click();
  await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
  await page.locator('#apply-form').waitFor({ timeout: 15_000 });
  const caseId = caseIdIn(page);
  await typeInto(page, '#field-storeName', '仁和大药房');
  await typeInto(page, '#field-premisesAddress', '莒南县文化路 66 号');
  await typeInto(page, '#field-businessScope', '药品零售；预包装食品销售');
  await page.locator('#input-organizationForm').click();
  await confirmPicker(page);
  await typeInto(page, '#field-capital', '200000');
  await typeInto(page, '#field-premisesArea', '120');
  await page.locator('#option-drugScope-chemical').click();
  await page.locator('#option-foodCategories-prepackaged').click();
  await typeInto(page, '#field-pharmacistName', '孙药师');
  await page.locator('#save-status').getByText('已保存').waitFor({ timeout: 10_000 });
  await uploadMaterials(page, caseId, PHARMACY.uploaded);
  return caseId;
}

/** Window pick-up and 提交申请; ends on the case page with its number. */
export async function submitForWindow(page: Page, caseId: string): Promise<string> {
  await page.goto(`${H5_URL}/#/apply/delivery/index?id=${caseId}`);
  await page.locator('#delivery-window').click();
  await page.locator('#delivery-window[data-checked="true"]').waitFor({ timeout: 15_000 });
  await page.locator('#delivery-next').click();
  await page.locator('#submit-button').click();
  await page.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
  return ((await page.locator('#case-number').textContent({ timeout: 15_000 })) ?? '').match(/ZW\d{14}/)?.[0] ?? '';
}
