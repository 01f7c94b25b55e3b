import { render } from '@testing-library/react';
import { type ApplicationView } from '@onetrip/shared';
import { heldLabel, heldText } from '@/features/case-materials/held';
import { ItemResults } from '@/features/chain-items/ItemResults';
import { caseView } from '@/__tests__/case-fixtures';

const item = (code: string, name: string, over: Partial<ApplicationView['items'][number]> = {}) => ({
  code,
  name,
  department: '县市场监督管理局',
  status: 'pending' as const,
  guideVersion: 1,
  ...over,
});

/** The 药店 chain: 营业执照 first, the two permits take it. */
const pharmacy = (over: Partial<ApplicationView> = {}) =>
  caseView({
    number: 'ZW20261203000001',
    chain: { code: 'YAODIAN-SHELI', name: '药店设立' },
    status: 'accepted',
    items: [
      item('GETI-YINGYE', '营业执照（个体工商户）'),
      item('YAOPIN-JINGYING', '药品经营许可证（零售）', { dependsOn: ['GETI-YINGYE'] }),
      item('SHIPIN-JINGYING', '食品经营许可证', { dependsOn: ['GETI-YINGYE'] }),
    ],
    ...over,
  });

const text = (id: string) => document.getElementById(id)?.textContent ?? '';

describe('each item of a chain case with its own result', () => {
  it('says what a later item waits for while the earlier one is pending', () => {
    render(<ItemResults view={pharmacy()} />);
    expect(text('result-GETI-YINGYE-label')).toBe('办理中');
    expect(text('result-YAOPIN-JINGYING')).toContain('待「营业执照（个体工商户）」办结后审批');
    expect(document.getElementById('chain-note')).toBeNull();
  });

  it('shows each certificate number, a denial with its reason, and the lead department’s go-on', () => {
    const view = pharmacy({
      status: 'ready_for_pickup',
      items: [
        item('GETI-YINGYE', '营业执照（个体工商户）', { status: 'approved', certificateNo: '92371327MA00001' }),
        item('YAOPIN-JINGYING', '药品经营许可证（零售）', {
          status: 'denied',
          denyReason: '无执业药师',
          dependsOn: ['GETI-YINGYE'],
        }),
        item('SHIPIN-JINGYING', '食品经营许可证', { status: 'approved', certificateNo: 'JY13713270001' }),
      ],
      chainDecision: { goOn: true, at: '2026-12-03T02:00:00.000Z', covers: ['YAOPIN-JINGYING'] },
    });
    render(<ItemResults view={view} />);
    expect(text('result-GETI-YINGYE-label')).toBe('已办结');
    expect(text('result-GETI-YINGYE')).toContain('证照编号 92371327MA00001');
    expect(text('result-YAOPIN-JINGYING-label')).toBe('不予许可');
    expect(text('result-YAOPIN-JINGYING')).toContain('无执业药师');
    expect(text('result-SHIPIN-JINGYING')).toContain('证照编号 JY13713270001');
    expect(text('chain-note')).toContain('牵头部门已决定其余事项继续办理');
  });

  it('tells the resident the lead department is deciding, and shows a stopped chain as ended', () => {
    const { unmount } = render(<ItemResults view={pharmacy({ awaitingChainDecision: true })} />);
    expect(text('chain-note')).toContain('等待牵头部门决定');
    unmount();
    render(
      <ItemResults
        view={pharmacy({
          status: 'denied',
          chainDecision: { goOn: false, reason: '场所不符合要求', at: '2026-12-03T02:00:00.000Z', covers: [] },
        })}
      />,
    );
    expect(text('result-SHIPIN-JINGYING-label')).toBe('已终止');
    expect(text('chain-note')).toContain('场所不符合要求');
  });

  it('shows nothing for a draft, nor for an undecided single item', () => {
    const { container } = render(<ItemResults view={pharmacy({ status: 'draft' })} />);
    expect(container.textContent).toBe('');
    const single = caseView({ status: 'accepted' });
    const { container: one } = render(<ItemResults view={single} />);
    expect(one.textContent).toBe('');
  });

  it('names the earlier item that provides a chain material', () => {
    const held = {
      kind: 'chain' as const,
      itemCode: 'GETI-YINGYE',
      itemName: '营业执照（个体工商户）',
      type: '营业执照',
    };
    expect(heldLabel(held)).toBe('本链提供');
    expect(heldText(held)).toBe('由本链「营业执照（个体工商户）」办结后提供（营业执照），无需上传');
  });
});
