import { type App } from '../../../app';
import { encodePng } from '../../../seed/catalog-files/photo-sample';
import { fileBody } from '../../uploads/testing/multipart';
import { type LoggedIn } from '../../../../test/helpers/login-as';

/** A grey PNG of `width`×`height` (a real one: its header is what the BFF reads). */
export const pngOf = (width: number, height: number) => encodePng(width, height, () => [128, 128, 128]);

/**
 * The start of a JPEG of `width`×`height`: SOI, an APP0 (JFIF) segment, then
 * the baseline frame header the BFF reads the size from.
 */
export function jpegOf(width: number, height: number): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 255, width >> 8, width & 255, 3]);
  const components = Buffer.from([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, components, Buffer.from([0xff, 0xd9])]);
}

/** A small real PDF (what the BFF checks is its start). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** POST /admin/catalog-files with one part `file`. */
export function postCatalogFile(app: App, who: LoggedIn | null, filename: string, content: Buffer) {
  const body = fileBody(filename, content);
  return app.inject({
    method: 'POST',
    url: '/api/v1/admin/catalog-files',
    headers: { ...(who?.headers ?? {}), ...body.headers },
    payload: body.payload,
  });
}

/** Uploads a file as an admin and returns its reference for a guide; throws unless stored. */
export async function catalogFileRef(app: App, admin: LoggedIn, filename = '样表.pdf', content = PDF) {
  const res = await postCatalogFile(app, admin, filename, content);
  if (res.statusCode !== 201) throw new Error(`storing ${filename} failed: ${res.statusCode} ${res.body}`);
  const { id, name } = res.json<{ id: string; name: string }>();
  return { id, name };
}
