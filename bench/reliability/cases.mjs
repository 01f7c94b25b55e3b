// Cases prepared through the API the way a resident does it (bench/src/scale/submit-burst.ts): create,
// fill the form, upload each required material and attach it, choose window pick-up — ready to submit.
import { randomUUID } from 'node:crypto';
import { ok } from './client.mjs';

/** A JPEG header the upload check reads as a 1200×1600 photo, padded to a photo-like size. */
export function jpegForm(seed) {
  const bytes = new Uint8Array(20_000);
  // SOI, APP0 (JFIF), then a baseline frame header of 1200×1600 px: the BFF reads the size there and
  // refuses photos too small to read (MIN_IMAGE_SIDE).
  const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const frame = [0xff, 0xc0, 0x00, 0x11, 8, 0x06, 0x40, 0x04, 0xb0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  bytes.set([...head, ...frame]);
  for (let i = head.length + frame.length; i < bytes.length; i += 1) bytes[i] = (i * 31 + seed) & 0xff;
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), `m${seed}.jpg`);
  return form;
}

export async function readyDraft(base, who, item, seed) {
  let draft = await ok(base, 'POST', '/applications', { token: who.token, body: { items: [item] } });
  draft = await ok(base, 'PATCH', `/applications/${draft.id}`, {
    token: who.token,
    headers: { 'if-match': `"${draft.version}"` },
    body: { data: { homeAddress: '兰陵县卞庄街道文化路88号' }, delivery: { method: 'window' } },
  });
  for (const [n, material] of draft.materials.filter((m) => m.required).entries()) {
    const res = await fetch(`${base}/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${who.token}`, 'idempotency-key': randomUUID() },
      body: jpegForm(seed * 10 + n),
    });
    if (!res.ok) throw new Error(`POST /uploads: ${res.status} ${await res.text()}`);
    const upload = await res.json();
    draft = await ok(base, 'PUT', `/applications/${draft.id}/materials/${material.code}`, {
      token: who.token,
      headers: { 'if-match': `"${draft.version}"` },
      body: { uploadIds: [upload.id] },
    });
  }
  return draft;
}
