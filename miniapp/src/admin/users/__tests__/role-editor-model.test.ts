import { type UserSearchItem } from '@onetrip/shared';
import { draftOf, draftProblems, rolesPayload, toggleRole } from '../role-editor-model';

const person = (over: Partial<UserSearchItem> = {}): UserSearchItem => ({
  id: 'u1',
  name: '王建国',
  phoneMasked: '138****5678',
  roles: ['resident'],
  version: 3,
  ...over,
});

describe('the role editor’s payload', () => {
  it('sends a department window with its department and 部门负责人, and keeps 居民', () => {
    let draft = toggleRole(draftOf(person()), 'staff', true);
    draft = { ...draft, department: ' 县民政局 ', departmentHead: true };
    expect(draftProblems(draft)).toEqual({});
    expect(rolesPayload(draft)).toEqual({
      roles: ['resident', 'staff'],
      staffKind: 'department',
      department: '县民政局',
      departmentHead: true,
    });
  });

  it('sends a hall-wide window with its hall and no department nor 部门负责人', () => {
    const draft = {
      ...toggleRole(
        draftOf(person({ roles: ['resident', 'staff'], department: '县民政局', departmentHead: true })),
        'staff',
        true,
      ),
      staffKind: 'comprehensive' as const,
      hall: '县政务服务中心一楼',
    };
    expect(rolesPayload(draft)).toEqual({
      roles: ['resident', 'staff'],
      staffKind: 'comprehensive',
      hall: '县政务服务中心一楼',
    });
  });

  it('sends the station of an agent and the company of a courier, in the contract’s order of roles', () => {
    let draft = draftOf(person());
    for (const role of ['courier', 'admin', 'agent'] as const) draft = toggleRole(draft, role, true);
    draft = { ...draft, station: { town: '大店镇', village: '东山村' }, courierCompany: '中国邮政EMS' };
    expect(rolesPayload(draft)).toEqual({
      roles: ['resident', 'agent', 'courier', 'admin'],
      station: { town: '大店镇', village: '东山村' },
      courierCompany: '中国邮政EMS',
    });
  });

  it('leaves out what a role taken away used', () => {
    const was = person({
      roles: ['resident', 'agent', 'staff'],
      station: { town: '大店镇', village: '东山村' },
      staffKind: 'department',
      department: '县民政局',
      departmentHead: true,
    });
    const draft = toggleRole(toggleRole(draftOf(was), 'agent', false), 'staff', false);
    expect(rolesPayload(draft)).toEqual({ roles: ['resident'] });
  });

  it('asks for what each role needs before sending', () => {
    let draft = draftOf(person());
    for (const role of ['staff', 'agent', 'courier'] as const) draft = toggleRole(draft, role, true);
    expect(draftProblems(draft)).toEqual({
      department: '请选择所属部门',
      station: '请选择服务站点',
      courierCompany: '请选择快递公司',
    });
    expect(draftProblems({ ...draft, staffKind: 'results' })).toMatchObject({ hall: '请填写所在大厅' });
  });
});
