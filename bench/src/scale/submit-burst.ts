// 20 residents submit at the same moment: each has a draft that is ready
// (form, materials uploaded through POST /uploads, delivery chosen).
import { randomUUID } from 'node:crypto';
import { type Api, type Person } from './client';
import { percentiles } from './percentiles';

const ITEM = 'LAONIAN-YOUDAIZHENG';

/** A JPEG header the upload check reads as a 1200×1600 photo, padded to a realistic photo size. */
function jpeg(seed: number): Blob {
  const bytes = new Uint8Array(60_000);
  // SOI, APP0 (JFIF), then a baseline frame header of 1200×1600 px: the BFF reads the size there and
  // refuses photos too small to read (MIN_IMAGE_SIDE).
  const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [0xff, 0xc0, 0x00, 0x11, 8, 0x06, 0x40, 0x04, 0xb0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  bytes.set([...head, ...frame]);
  for (let i = head.length + frame.length; i < bytes.length; i += 1) bytes[i] = (i * 31 + seed) & 0xff;
  return new Blob([bytes], { type: 'image/jpeg' });
}

interface Draft {
  id: string;
  version: number;
  materials: { code: string; required: boolean }[];
}

async function readyDraft(api: Api, who: Person, seed: number): Promise<Draft> {
  let draft = await api.ok<Draft>('POST', '/applications', { token: who.token, body: { items: [ITEM] } });
  draft = await api.ok<Draft>('PATCH', `/applications/${draft.id}`, {
    token: who.token,
    headers: { 'if-match': `"${draft.version}"` },
    body: { data: { homeAddress: '兰陵县卞庄街道文化路88号' }, delivery: { method: 'window' } },
  });
  for (const [n, material] of draft.materials.filter((m) => m.required).entries()) {
    const form = new FormData();
    form.append('file', jpeg(seed * 10 + n), `${material.code}.jpg`);
    const upload = await api.ok<{ id: string }>('POST', '/uploads', { token: who.token, form });
    draft = await api.ok<Draft>('PUT', `/applications/${draft.id}/materials/${material.code}`, {
      token: who.token,
      headers: { 'if-match': `"${draft.version}"` },
      body: { uploadIds: [upload.id] },
    });
  }
  return draft;
}

export async function submitBurst(api: Api, residents: Person[]) {
  const drafts = await Promise.all(residents.map((r, i) => readyDraft(api, r, i)));
  const results = await Promise.all(
    drafts.map((d, i) =>
      api.call<{ status: string; number: string }>('POST', `/applications/${d.id}/submit`, {
        token: residents[i]!.token,
        headers: { 'if-match': `"${d.version}"`, 'idempotency-key': randomUUID() },
      }),
    ),
  );
  const numbers = results.filter((r) => r.status === 200).map((r) => r.body.number);
  return {
    residents: residents.length,
    ...percentiles(results.map((r) => r.ms)),
    submitted: numbers.length,
    distinctNumbers: new Set(numbers).size,
    statuses: [...new Set(results.map((r) => r.status))],
  };
}
