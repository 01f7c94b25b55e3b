import { contentDisposition, sanitiseUploadName } from '../upload-name';
import { sniffMime } from '../file-type';
import { SAMPLES } from '../testing/multipart';

describe('sanitiseUploadName', () => {
  it.each([
    ['../../etc/passwd.jpg', 'image/jpeg', 'passwd.jpg'],
    ['C:\\fakepath\\scan.PNG', 'image/png', 'scan.PNG'],
    ['invoice\u202Egpj.exe', 'image/jpeg', 'invoicegpj.exe.jpg'],
    ['a\u2066b\u200Bc\u0000d\u001b.pdf', 'application/pdf', 'abcd.pdf'],
    ['..', 'application/pdf', 'file.pdf'],
    ['   ', 'image/png', 'file.png'],
    [undefined, 'image/jpeg', 'file.jpg'],
    ['.hidden.pdf', 'application/pdf', 'hidden.pdf'],
    ['report.docx', 'application/pdf', 'report.docx.pdf'],
  ] as const)('%j as %s → %j', (raw, mime, expected) => {
    expect(sanitiseUploadName(raw, mime)).toBe(expected);
  });

  it('keeps at most 100 characters (code points, not UTF-16 units) and the extension', () => {
    const name = sanitiseUploadName(`${'😀'.repeat(120)}.jpeg`, 'image/jpeg');
    expect(Array.from(name)).toHaveLength(100);
    expect(name.endsWith('😀.jpeg')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('always gives an ASCII-only header with the exact name encoded', () => {
    const header = contentDisposition('材料 "1";\r\nx.pdf');
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toBe(
      `attachment; filename="____1____x.pdf"; filename*=UTF-8''%E6%9D%90%E6%96%99%20%221%22%3B%0D%0Ax.pdf`,
    );
  });
});

describe('sniffMime', () => {
  it('knows JPEG, PNG and PDF by their first bytes, and nothing else', () => {
    expect(sniffMime(SAMPLES.jpeg)).toBe('image/jpeg');
    expect(sniffMime(SAMPLES.png)).toBe('image/png');
    expect(sniffMime(SAMPLES.pdf)).toBe('application/pdf');
    expect(sniffMime(SAMPLES.exe)).toBeNull();
    expect(sniffMime(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffMime(Buffer.alloc(0))).toBeNull();
  });
});
