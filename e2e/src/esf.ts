import { type Page } from 'playwright-core';
import { H5_URL } from './env';
import { confirmPicker, typeInto, uploadMaterials } from './flows';
import { randomIdNumber } from './ids';
import { caseIdIn } from './session';

/** The 二手房交易 chain of the demo catalog: three items of three departments, one form. */
export const ESF = {
  code: 'ESF-JIAOYI',
  requiredMaterials: [
    'id_card',
    'household_register',
    'marriage_cert',
    'property_cert',
    'sale_contract',
    'utility_bills',
  ],
  items: [
    { code: 'BDC-ZHUANYI', department: '县自然资源局（不动产登记中心）' },
    { code: 'QISHUI-SHENBAO', department: '县税务局' },
    { code: 'SDQ-GUOHU', department: '县公用事业服务中心' },
  ],
} as const;

/** The lead department: it receives, issues and hands over (the department of the chain's first item). */
export const ESF_LEAD = ESF.items[0].department;

/**
 * A verified resident applies for 二手房交易 through the app: one form, every required material, window
 * pick-up, 提交申请. Ends on the case page; returns the case id and its number.
 */
export async function applyForEsf(page: Page): Promise<{ caseId: string; number: string }> {
  await page.goto(`${H5_URL}/#/pages/chain/index?code=${ESF.code}`);
  await page.locator('#chain-apply').click();
  await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
  await page.locator('#apply-form').waitFor({ timeout: 15_000 });
  const caseId = caseIdIn(page);
  await typeInto(page, '#field-sellerName', '李建国');
  await typeInto(page, '#field-sellerIdNumber', randomIdNumber());
  await typeInto(page, '#field-propertyAddress', '莒南县人民路 18 号 3 单元 502');
  await typeInto(page, '#field-propertyCertNo', '鲁(2020)莒南县不动产权第0001234号');
  await typeInto(page, '#field-dealPrice', '860000');
  await typeInto(page, '#field-floorArea', '98.6');
  await page.locator('#input-homeCount').click();
  await confirmPicker(page);
  await page.locator('#option-utilities-water').click();
  await page.locator('#save-status').getByText('已保存').waitFor({ timeout: 10_000 });

  await uploadMaterials(page, caseId, ESF.requiredMaterials);

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

/** 去支付 on the case page, through the WeChat Pay simulator's cashier, back to the case until it says 已支付. */
export async function payOnCasePage(page: Page): Promise<void> {
  await page.locator('#pay-button').click();
  await page.waitForURL(/__mock\/wechatpay\/h5pay/, { timeout: 15_000 });
  await page.locator('#mock-pay-confirm').click();
  await page.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
  await page.locator('#pay-status').getByText('已支付').waitFor({ timeout: 20_000 });
}
