import { AddressBody, HallConfigBody, ProfileBody, RolesBody, WechatLoginBody } from '../auth';

describe('ProfileBody', () => {
  const valid = { name: '张三', idNumber: '11010519491231002x', phoneCode: 'phone_13812345678' };

  it('normalises a lowercase check character', () => {
    expect(ProfileBody.parse(valid).idNumber).toBe('11010519491231002X');
  });

  it('gives the exact GB 11643 message for a wrong check digit', () => {
    const r = ProfileBody.safeParse({ ...valid, idNumber: '110105194912310021' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('身份证号校验位不正确，请核对');
  });

  it('refuses unknown fields and operator objects', () => {
    expect(ProfileBody.safeParse({ ...valid, verified: true }).success).toBe(false);
    expect(ProfileBody.safeParse({ ...valid, name: { $gt: '' } }).success).toBe(false);
  });

  it('refuses names with digits or control characters', () => {
    expect(ProfileBody.safeParse({ ...valid, name: '张三3' }).success).toBe(false);
    expect(ProfileBody.safeParse({ ...valid, name: '张\u0000三' }).success).toBe(false);
  });
});

describe('WechatLoginBody', () => {
  it('defaults the platform to weapp', () => {
    expect(WechatLoginBody.parse({ code: 'test_alice' }).platform).toBe('weapp');
  });

  it('refuses codes with characters WeChat never issues', () => {
    expect(WechatLoginBody.safeParse({ code: 'a b' }).success).toBe(false);
    expect(WechatLoginBody.safeParse({ code: 'x'.repeat(129) }).success).toBe(false);
  });
});

describe('AddressBody', () => {
  it('needs a three-level region', () => {
    const base = { name: '李四', phone: '13812345678', detail: '十字路街道人民路1号' };
    expect(AddressBody.safeParse({ ...base, region: ['山东省', '临沂市', '莒南县'] }).success).toBe(true);
    expect(AddressBody.safeParse({ ...base, region: ['山东省', '临沂市'] }).success).toBe(false);
  });
});

describe('RolesBody (staff kinds)', () => {
  it('keeps old bodies and takes a kind and a hall', () => {
    expect(RolesBody.safeParse({ roles: ['staff'], department: '民政局' }).success).toBe(true);
    expect(RolesBody.parse({ roles: ['staff'], staffKind: 'comprehensive', hall: ' 一楼大厅 ' })).toEqual({
      roles: ['staff'],
      staffKind: 'comprehensive',
      hall: '一楼大厅',
    });
  });
  it.each([
    ['an unknown kind', { roles: ['staff'], staffKind: 'window', hall: '一楼大厅' }],
    ['an empty hall', { roles: ['staff'], staffKind: 'results', hall: '  ' }],
    ['a hall of 41 characters', { roles: ['staff'], staffKind: 'results', hall: '厅'.repeat(41) }],
  ])('refuses %s', (_name, body) => {
    expect(RolesBody.safeParse(body).success).toBe(false);
  });
});

describe('HallConfigBody', () => {
  it('takes the one boolean and nothing else', () => {
    expect(HallConfigBody.safeParse({ separateAcceptanceFromApproval: false }).success).toBe(true);
    for (const bad of [{}, { separateAcceptanceFromApproval: 'false' }, { separateAcceptanceFromApproval: true, x: 1 }])
      expect(HallConfigBody.safeParse(bad).success).toBe(false);
  });
});
