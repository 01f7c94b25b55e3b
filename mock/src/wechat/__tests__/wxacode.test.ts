import { type FastifyInstance } from 'fastify';
import { create } from 'qrcode';
import { armScenario, buildTestApp, issueToken } from '../../testing/mock-app';
import { decodeBilevelPng } from '../../testing/png';
import { QUIET_ZONE } from '../qr-png';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always comes first. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Samples the centre of every module and compares it with the QR matrix of `text`. */
function expectQrOf(png: Buffer, text: string): void {
  const image = decodeBilevelPng(png);
  expect({ bitDepth: image.bitDepth, colorType: image.colorType }).toEqual({ bitDepth: 1, colorType: 0 });
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const total = modules.size + QUIET_ZONE * 2;
  const centre = (m: number) => Math.floor(((m + QUIET_ZONE + 0.5) * image.width) / total);
  let differences = 0;
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (image.isBlack(centre(col), centre(row)) !== (modules.data[row * modules.size + col] === 1)) differences += 1;
    }
  }
  expect(differences).toBe(0);
  // The quiet zone is white.
  expect(image.isBlack(1, 1)).toBe(false);
}

describe('POST /wxa/getwxacodeunlimit', () => {
  let app: FastifyInstance;
  let token: string;
  beforeEach(async () => {
    app = await buildTestApp();
    token = await issueToken(app);
  });
  afterEach(() => app.close());

  const draw = (payload: object, headers: Record<string, string> = {}, accessToken = token) =>
    app.inject({
      method: 'POST',
      url: '/wxa/getwxacodeunlimit',
      query: { access_token: accessToken },
      payload,
      headers,
    });

  it('returns a PNG QR code of the scene', async () => {
    const scene = 'c=YC2026110001&t=9f';
    const res = await draw({ scene, page: 'pages/cases/detail', check_path: false, env_version: 'develop' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    const png = res.rawPayload;
    expect(png.subarray(0, 8).equals(PNG_MAGIC)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 430, height: 430 });
    expectQrOf(png, scene);
    const other = (await draw({ scene: 'c=other' })).rawPayload;
    expect(other.equals(png)).toBe(false);
  });

  it.each([
    [100, 280],
    [500, 500],
    [5000, 1280],
  ])('clamps width %i to %i', async (width, expected) => {
    const png = (await draw({ scene: 'x', width })).rawPayload;
    expect(pngSize(png)).toEqual({ width: expected, height: expected });
    expectQrOf(png, 'x');
  });

  it('accepts exactly 32 visible characters', async () => {
    const res = await draw({ scene: '!'.repeat(16) + 'a'.repeat(16) });
    expect(res.headers['content-type']).toBe('image/png');
  });

  it.each([['a'.repeat(33)], [''], ['a b'], ['办件'], [undefined], [42]])(
    'answers 40169 for scene %j',
    async (scene) => {
      const res = await draw({ scene });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ errcode: 40169, errmsg: 'invalid length for scene' });
    },
  );

  it('answers 41030 for a page with a leading slash', async () => {
    expect((await draw({ scene: 'x', page: '/pages/index/index' })).json().errcode).toBe(41030);
  });

  it('answers 47003 for an unknown env_version', async () => {
    expect((await draw({ scene: 'x', env_version: 'beta' })).json()).toEqual({
      errcode: 47003,
      errmsg: 'argument invalid! env_version invalid',
    });
  });

  it('checks the access token', async () => {
    expect((await draw({ scene: 'x' }, {}, '')).json().errcode).toBe(41001);
    expect((await draw({ scene: 'x' }, {}, 'forged')).json().errcode).toBe(40001);
  });

  it('answers system error as JSON under wechat-busy, by header and armed', async () => {
    expect((await draw({ scene: 'x' }, { 'x-mock-scenario': 'wechat-busy' })).json().errcode).toBe(-1);
    await armScenario(app, { name: 'wechat-busy', path: '/wxa/getwxacodeunlimit' });
    expect((await draw({ scene: 'x' })).json().errcode).toBe(-1);
    expect((await draw({ scene: 'x' })).headers['content-type']).toBe('image/png');
  });
});
