import { type ApplicationView } from '@onetrip/shared';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { api } from '../src/api';
import { launch, phone, shot } from '../src/browser';
import { API_URL, H5_URL } from '../src/env';
import { pngFile } from '../src/files';
import { agreeIfAsked, confirmPicker, logInThroughWechat, typeInto, verifyRealName } from '../src/flows';
import { randomIdNumber } from '../src/ids';

/**
 * Issue 3's journey: a resident applies for the 二手房交易 chain with one form,
 * uploads a material shared by several items once, is told everything that is
 * missing at once, submits (a double tap makes one case), and is told the 不动产登记费 is
 * paid after approval (staff-journey pays it then); nobody else can open it.
 */
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await phone(browser);
  page = await context.newPage();
});
afterAll(async () => {
  await browser.close();
});

const type = (selector: string, text: string) => typeInto(page, selector, text);
const tokenOf = (p: Page) =>
  p.evaluate(() => {
    const raw = localStorage.getItem('onetrip.accessToken') ?? '';
    try {
      return (JSON.parse(raw) as { data: string }).data;
    } catch {
      return raw;
    }
  });
async function getCase(id: string, token: string): Promise<{ status: number; body: ApplicationView }> {
  const res = await fetch(`${API_URL}/applications/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as ApplicationView };
}

const REQUIRED_MATERIALS = [
  'id_card',
  'household_register',
  'marriage_cert',
  'property_cert',
  'sale_contract',
  'utility_bills',
];
/** The ID card is held by the verified identity (材料免提交): never asked for, still uploadable. */
const ASKED_MATERIALS = REQUIRED_MATERIALS.filter((code) => code !== 'id_card');
let caseId = '';
let number = '';

describe('a resident applies for 二手房交易 with one form', () => {
  it('starts from the chain guide and fills the one form', async () => {
    await logInThroughWechat(page, `seller_${Date.now()}`);
    await verifyRealName(page, '王秀英', '13905391234');
    await page.goto(`${H5_URL}/#/pages/chain/index?code=ESF-JIAOYI`);
    await page.locator('#chain-apply').click();
    await page.waitForURL(/apply\/form\/index/, { timeout: 15_000 });
    await page.locator('#apply-form').waitFor({ timeout: 15_000 });
    caseId = new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(caseId).toMatch(/^[0-9a-f]{24}$/);

    // One field per key although three items ask for the applicant: the profile fills them, masked.
    await expect(page.locator('[id^="field-applicantIdNumber"]').count()).resolves.toBe(1);
    await type('#field-sellerName', '李建国');
    await type('#field-sellerIdNumber', randomIdNumber());
    await type('#field-propertyAddress', '莒南县人民路 18 号 3 单元 502');
    await type('#field-propertyCertNo', '鲁(2020)莒南县不动产权第0001234号');
    await type('#field-dealPrice', '860000');
    await type('#field-floorArea', '98.6');
    await page.locator('#input-homeCount').click();
    await confirmPicker(page);
    await page.locator('#option-utilities-water').click();
    await page.locator('#save-status').getByText('已保存').waitFor({ timeout: 10_000 });
    await shot(page, 'apply-form-saved');

    const stored = await getCase(caseId, await tokenOf(page));
    expect(stored.body.data).toMatchObject({
      sellerName: '李建国',
      dealPrice: 86_000_000,
      homeCount: expect.any(String),
      utilities: ['water'],
    });
  });

  it('lists every missing material and the delivery choice at once', async () => {
    await page.goto(`${H5_URL}/#/apply/review/index?id=${caseId}`);
    await page.locator('#submit-button').click();
    await page.locator('#missing-list').waitFor({ timeout: 10_000 });
    for (const code of ASKED_MATERIALS)
      await expect(page.locator(`#missing-material-${code}`).count()).resolves.toBe(1);
    await expect(page.locator('#missing-material-id_card').count()).resolves.toBe(0);
    await expect(page.locator('#missing-field-delivery').count()).resolves.toBe(1);
    await shot(page, 'apply-review-incomplete');
  });

  it('uploads the ID card once for the three items that need it', async () => {
    await page.goto(`${H5_URL}/#/apply/materials/index?id=${caseId}`);
    await page.locator('#materials').waitFor({ timeout: 15_000 });
    await expect(page.locator('[id="material-id_card"]').count()).resolves.toBe(1);
    // Held by the verified identity (材料免提交): the card says so, not that three items share it.
    await expect(page.locator('#material-id_card').textContent()).resolves.toContain('系统已核验');
    for (const code of REQUIRED_MATERIALS) {
      await page
        .locator(`#material-${code} input[type=file]`)
        .last()
        .setInputFiles(pngFile(`${code}.png`));
      await agreeIfAsked(page, 'id_photo', page.locator(`#material-${code}`).getByText('已上传 1 份'));
      await page.locator(`#material-${code}`).getByText('已上传 1 份').waitFor({ timeout: 15_000 });
    }
    await shot(page, 'apply-materials-uploaded');
    const stored = await getCase(caseId, await tokenOf(page));
    const idCard = stored.body.materials.filter((m) => m.code === 'id_card');
    expect(idCard).toHaveLength(1);
    expect(idCard[0]?.itemCodes).toHaveLength(3);
    expect(idCard[0]?.uploadIds).toHaveLength(1);
  });

  it('submits once however often the button is tapped, and shows the number', async () => {
    await page.goto(`${H5_URL}/#/apply/delivery/index?id=${caseId}`);
    await page.locator('#delivery-window').click();
    // The choice is saved (PATCH) before the next step opens.
    await page.locator('#delivery-window[data-checked="true"]').waitFor({ timeout: 15_000 });
    await page.locator('#delivery-next').click();
    await page.locator('#submit-button').waitFor({ timeout: 15_000 });
    await page.locator('#submit-button').dblclick();
    await page.waitForURL(/cases\/detail\/index/, { timeout: 15_000 });
    number = ((await page.locator('#case-number').textContent({ timeout: 15_000 })) ?? '').match(/ZW\d{14}/)?.[0] ?? '';
    expect(number).toMatch(/^ZW\d{14}$/);

    const res = await fetch(`${API_URL}/applications?scope=mine`, {
      headers: { authorization: `Bearer ${await tokenOf(page)}` },
    });
    const mine = (await res.json()) as { items: { id: string; number?: string; status: string }[] };
    expect(mine.items.filter((c) => c.number)).toEqual([
      expect.objectContaining({ id: caseId, number, status: 'submitted' }),
    ]);
    await shot(page, 'case-submitted');
  });

  it('is told the 不动产登记费 is paid after approval: no pay button now, and the server agrees', async () => {
    await page.locator('#pay-later').getByText('审批通过后缴费').waitFor({ timeout: 15_000 });
    expect(await page.locator('#pay-button').count()).toBe(0);
    await expect(page.locator('#pay-when').textContent()).resolves.toBe(
      '审批通过后才收取，届时会通知您缴费；缴清后出证。',
    );
    await expect(page.locator('#case-number').textContent()).resolves.toContain(number);
    await shot(page, 'case-fee-after-approval');

    const token = await tokenOf(page);
    const stored = await getCase(caseId, token);
    expect(stored.body.fee).toMatchObject({ total: 8000, due: 'approval', payableNow: false });
    const res = await fetch(`${API_URL}/applications/${caseId}/payments`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `early-${caseId}`,
      },
      body: '{}',
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('审批通过后再缴费');
    expect((await getCase(caseId, token)).body.payment).toBeUndefined();
  });

  it('cannot be opened by another resident (404)', async () => {
    const other = await api.login(`nosy_${Date.now()}`);
    const res = await getCase(caseId, other.accessToken);
    expect(res.status).toBe(404);
    expect((res.body as unknown as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
