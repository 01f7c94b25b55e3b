import { render } from '@testing-library/react';
import { create } from 'qrcode';
import { moduleSize, QrGrid, QUIET_ZONE } from '../common/QrGrid';
import { qrMatrix, utf8Bytes } from '../common/qr-matrix';

const URL_TEXT = 'http://127.0.0.1:10086/q/Ab3_xY9-kLm';

/** The modules as the grid drew them: each run's width in modules, read back from its style. */
function drawnMatrix(grid: HTMLElement, unit: number): number[][] {
  return Array.from(grid.querySelectorAll('.qr-grid__row')).map((row) =>
    Array.from(row.children).flatMap((run) => {
      const modules = parseInt((run as HTMLElement).style.width, 10) / unit;
      return new Array<number>(modules).fill(run.className === 'qr-grid__dark' ? 1 : 0);
    }),
  );
}

describe('QR code drawn with views', () => {
  it('draws exactly the modules of the encoder, row by row', () => {
    // The reference: the package's own entry, given the same bytes in one byte segment.
    const reference = create([{ data: Buffer.from(URL_TEXT), mode: 'byte' }], { errorCorrectionLevel: 'M' }).modules;
    const { container } = render(<QrGrid id="qr" text={URL_TEXT} />);
    const grid = container.querySelector('#qr') as HTMLElement;
    const unit = moduleSize(reference.size, 240);

    const drawn = drawnMatrix(grid, unit);
    expect(drawn).toHaveLength(reference.size);
    drawn.forEach((row, r) => {
      expect(row).toEqual(Array.from(reference.data.subarray(r * reference.size, (r + 1) * reference.size)));
    });
    const dark = drawn.flat().filter((m) => m === 1).length;
    expect(dark).toBe(reference.data.reduce((n, m) => n + m, 0));
    // the quiet zone is part of the square
    expect(grid.style.width).toBe(`${(reference.size + 2 * QUIET_ZONE) * unit}px`);
    expect(grid.style.padding).toBe(`${QUIET_ZONE * unit}px`);
  });

  it('grows with the text: a longer URL needs a larger version', () => {
    const short = qrMatrix('http://a.cn/q/abcd');
    const long = qrMatrix(`https://onetrip.example.gov.cn/q/${'k'.repeat(32)}`);
    expect(short.size).toBe(21 + 4 * 1); // version 2
    expect(long.size).toBeGreaterThan(short.size);
    expect((long.size - 17) % 4).toBe(0);
    for (const row of long.rows) expect(row.reduce((n, run) => n + run.length, 0)).toBe(long.size);
  });

  it('keeps every module a whole number of pixels', () => {
    expect(moduleSize(29, 240)).toBe(6);
    expect(moduleSize(177, 240)).toBe(3);
  });

  it('encodes text as UTF-8 itself (no TextEncoder needed)', () => {
    expect(Array.from(utf8Bytes('a/Z'))).toEqual([0x61, 0x2f, 0x5a]);
    expect(Array.from(utf8Bytes('办'))).toEqual(Array.from(Buffer.from('办')));
    expect(Array.from(utf8Bytes('é😀'))).toEqual(Array.from(Buffer.from('é😀')));
  });
});
