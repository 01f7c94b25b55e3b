import { type ApplicationView } from '@onetrip/shared';
import { type Page } from 'playwright-core';
import { call, write } from './api';
import { API_URL } from './env';
import { uploadMaterials } from './flows';

export const GJJ_ITEM = 'GJJ-TIQU';

/**
 * A 住房公积金提取 case for 电子送达, filled through the API as the app saves it, its two materials
 * uploaded from the page, and submitted once under `key`: for journeys whose subject comes after.
 * Returns the case's id.
 */
export async function submitGjjWithdrawal(page: Page, token: string, key: string): Promise<string> {
  const created = await call<ApplicationView>('POST', '/applications', { items: [GJJ_ITEM] }, token);
  await write<ApplicationView>(
    'PATCH',
    `/applications/${created.id}`,
    created.version,
    {
      data: {
        withdrawReason: 'rent',
        withdrawAmount: 800_000,
        bankAccount: '6222021234567890123',
        bankName: '中国工商银行莒南支行',
      },
      delivery: { method: 'electronic' },
    },
    token,
  );
  await uploadMaterials(page, created.id, ['bank_card', 'purpose_proof']);
  const submitted = await fetch(`${API_URL}/applications/${created.id}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
    body: '{}',
  });
  if (submitted.status !== 200) throw new Error(`submit → ${submitted.status} ${await submitted.text()}`);
  return created.id;
}
