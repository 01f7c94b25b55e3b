import { HallGroupCode, WindowNumber } from '../../schemas/hall';
import { parseWindowQrTarget, windowQrTarget } from '../hall-qr';

describe('window QR targets', () => {
  it('names a group’s window as group:window and the hall’s code of a group by the group alone', () => {
    expect(windowQrTarget('zonghe', 'A03')).toBe('zonghe:A03');
    expect(windowQrTarget('shebao-yibao')).toBe('shebao-yibao');
    expect(parseWindowQrTarget('zonghe:A03')).toEqual({ group: 'zonghe', window: 'A03' });
    expect(parseWindowQrTarget('shebao-yibao')).toEqual({ group: 'shebao-yibao' });
  });

  it.each([
    ['the old hall-number form', '县政务服务中心一楼-A03'],
    ['an empty target', ''],
    ['a window without a group', ':A03'],
    ['a lower-case window', 'zonghe:a03'],
    ['an empty window', 'zonghe:'],
    ['a second colon', 'zonghe:A03:B01'],
    ['an upper-case group', 'Zonghe'],
  ])('refuses %s', (_what, target) => {
    expect(parseWindowQrTarget(target)).toBeNull();
  });

  it('accepts exactly what the hall schemas accept as group code and window number', () => {
    for (const [group, window] of [
      ['ab', 'A01'],
      ['a-very-long-group-code-0123456789', 'Z999'],
      ['budongchan', 'B1'],
      ['9abc', 'A01'],
    ] as const) {
      const schemas = HallGroupCode.safeParse(group).success && WindowNumber.safeParse(window).success;
      expect([group, window, parseWindowQrTarget(`${group}:${window}`) !== null]).toEqual([group, window, schemas]);
    }
  });
});
