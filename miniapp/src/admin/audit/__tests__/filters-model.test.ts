import { ACTION_OPTIONS, entryLine, exportName, filtersOf, EMPTY_FORM } from '../filters-model';

describe('the audit page’s filters', () => {
  it('reads a case number or a case id, a person chosen, an action and whole Beijing days', () => {
    expect(
      filtersOf({
        caseText: ' zw20261125000042 ',
        actor: { id: '65a000000000000000000001', label: '王建国' },
        action: 'user.roles',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toEqual({
      filters: {
        caseNumber: 'ZW20261125000042',
        actor: '65a000000000000000000001',
        action: 'user.roles',
        from: '2026-11-01T00:00:00+08:00',
        to: '2026-11-30T23:59:59.999+08:00',
      },
    });
    expect(filtersOf({ ...EMPTY_FORM, caseText: '65a0000000000000000000ff' })).toEqual({
      filters: { caseId: '65a0000000000000000000ff' },
    });
    expect(filtersOf(EMPTY_FORM)).toEqual({ filters: {} });
  });

  it('says what is wrong instead of asking the server', () => {
    expect(filtersOf({ ...EMPTY_FORM, caseText: '张三' })).toEqual({
      problem: { field: 'case', message: '请输入办件编号（ZW 开头的 16 位）或办件 ID' },
    });
    expect(filtersOf({ ...EMPTY_FORM, from: '2026-12-01', to: '2026-11-01' })).toMatchObject({
      problem: { field: 'to' },
    });
  });

  it('offers every known action by its Chinese name, and reads an entry in words', () => {
    expect(ACTION_OPTIONS[0]).toEqual({ value: '', label: '全部操作' });
    expect(ACTION_OPTIONS).toContainEqual({ value: 'audit.export', label: '人员与设置：导出审计日志' });
    expect(
      entryLine({
        at: '2026-11-25T06:05:09.000Z',
        actor: {
          userId: '65a000000000000000000001',
          role: 'agent',
          name: '赵代办',
          station: { town: '大店镇', village: '东山村' },
        },
        action: 'case.rejected',
        caseId: '65a0000000000000000000ff',
        caseNumber: 'ZW20261125000042',
      }),
    ).toEqual({
      at: '2026-11-25 14:05:09',
      action: '不予受理',
      actor: '赵代办（代办员·大店镇东山村）',
      subject: '办件 ZW20261125000042',
    });
    expect(
      entryLine({
        at: '2026-11-25T06:05:09.000Z',
        actor: { userId: 'system', role: 'system' },
        action: 'case.deemed_accepted',
      }),
    ).toMatchObject({ action: '办件：逾期视为受理', actor: '系统（system）' });
    expect(exportName(new Date('2026-11-25T06:05:09Z'))).toBe('审计日志-20261125-1405.csv');
  });
});
