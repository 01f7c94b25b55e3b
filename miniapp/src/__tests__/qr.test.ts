import { tokenFromPageParams, tokenFromUrl } from '@/utils/qr';

describe('QR parameters', () => {
  it('takes a token given directly (H5 deep link)', () => {
    expect(tokenFromPageParams({ token: 'Ab12_-xY' })).toBe('Ab12_-xY');
  });

  it('decodes a mini-program code scene, once or twice encoded', () => {
    expect(tokenFromPageParams({ scene: 'Ab12xY' })).toBe('Ab12xY');
    expect(tokenFromPageParams({ scene: encodeURIComponent('Ab12-xY') })).toBe('Ab12-xY');
    expect(tokenFromPageParams({ scene: encodeURIComponent(encodeURIComponent('Ab 12')) })).toBeNull();
  });

  it('survives a malformed scene', () => {
    expect(tokenFromPageParams({ scene: '%E0%A4%A' })).toBeNull();
  });

  it('reads the token from a scanned poster URL in q', () => {
    const q = encodeURIComponent('https://onetrip.example.gov.cn/q/Tk9zP2aa');
    expect(tokenFromPageParams({ q })).toBe('Tk9zP2aa');
    expect(tokenFromPageParams({ q: encodeURIComponent('https://x.cn/q/Tk9zP2aa?from=poster') })).toBe('Tk9zP2aa');
  });

  it('refuses what is not a token', () => {
    expect(tokenFromPageParams({})).toBeNull();
    expect(tokenFromPageParams({ token: 'abc' })).toBeNull();
    expect(tokenFromPageParams({ token: 'x'.repeat(33) })).toBeNull();
    expect(tokenFromPageParams({ token: '<script>' })).toBeNull();
    expect(tokenFromPageParams({ q: encodeURIComponent('https://evil.example/login') })).toBeNull();
    expect(tokenFromUrl('https://x.cn/q/ab')).toBeNull();
  });
});
