import { fireEvent, render, screen } from '@testing-library/react';
import { ItemRow } from '@/components';

const item = { code: 'LNYDZ', name: '老年优待证办理', department: '民政局', trips: 0 as const, promisedDays: 5 };

describe('ItemRow', () => {
  it('shows name, department, trips tag and promised days', () => {
    render(<ItemRow item={item} onClick={() => undefined} />);
    expect(screen.getByText('老年优待证办理')).toBeTruthy();
    expect(screen.getByText('民政局')).toBeTruthy();
    expect(screen.getByText('零跑腿')).toBeTruthy();
    expect(screen.getByText('承诺时限 5 个工作日')).toBeTruthy();
  });

  it('says 只跑一次 for a one-trip item and opens it by code', () => {
    const open = jest.fn();
    render(<ItemRow item={{ ...item, code: 'YYZZ', trips: 1, promisedDays: 3 }} onClick={open} />);
    expect(screen.getByText('只跑一次')).toBeTruthy();
    fireEvent.click(screen.getByText('老年优待证办理'));
    expect(open).toHaveBeenCalledWith('YYZZ');
  });
});
