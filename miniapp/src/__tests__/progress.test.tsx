import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ProgressPage from '@/pages/progress/index';
import { formatDateTime } from '@/utils/time';
import { API, errorBody, fakeServer } from './helpers';

const type = (id: string, value: string) =>
  fireEvent.change(document.getElementById(id) as HTMLInputElement, { target: { value } });
const text = (id: string) => document.getElementById(id)?.textContent ?? '';

const PROGRESS = {
  number: 'ZW20261125000123',
  status: 'accepted',
  itemNames: ['不动产转移登记', '契税申报'],
  timeline: [
    { at: '2026-11-25T02:00:00.000Z', label: '提交申请' },
    { at: '2026-11-26T01:00:00.000Z', label: '受理' },
  ],
};

describe('progress page (public)', () => {
  it('looks a case up by number and the last 4 phone digits, without login, and shows its progress', async () => {
    const calls = fakeServer(() => ({ status: 200, body: PROGRESS }));
    render(<ProgressPage />);
    type('progress-number', ' zw20261125000123 ');
    type('progress-phone', '8000');
    fireEvent.click(document.getElementById('progress-submit') as Element);

    await waitFor(() => expect(document.getElementById('progress-result')).not.toBeNull());
    expect(calls[0]?.url).toBe(`${API}/progress?number=ZW20261125000123&phoneLast4=8000`);
    expect(calls[0]?.header.Authorization).toBeUndefined();
    expect(text('progress-result')).toContain('ZW20261125000123');
    expect(text('progress-status')).toBe('已受理');
    expect(text('progress-result')).toContain('不动产转移登记、契税申报');
    const labels = Array.from(document.querySelectorAll('#progress-timeline .timeline__label'), (e) => e.textContent);
    expect(labels).toEqual(['受理', '提交申请']);
    expect(text('progress-timeline')).toContain(formatDateTime('2026-11-26T01:00:00.000Z'));
  });

  it('says nothing was found for a wrong pair (404)', async () => {
    fakeServer(() => ({ status: 404, body: errorBody('NOT_FOUND', '未找到相关内容') }));
    render(<ProgressPage />);
    type('progress-number', 'ZW20261125000123');
    type('progress-phone', '1234');
    fireEvent.click(document.getElementById('progress-submit') as Element);
    expect(await screen.findByText('未查到该办件，请核对办件编号和手机号后4位')).toBeTruthy();
    expect(document.getElementById('progress-result')).toBeNull();
  });

  it('checks the input first, with the contract’s messages', async () => {
    const calls = fakeServer(() => ({ status: 200, body: PROGRESS }));
    render(<ProgressPage />);
    type('progress-number', 'ZW2026');
    type('progress-phone', '8000');
    fireEvent.click(document.getElementById('progress-submit') as Element);
    expect(text('progress-error')).toBe('办件编号格式不正确');
    type('progress-number', 'ZW20261125000123');
    type('progress-phone', '80');
    fireEvent.click(document.getElementById('progress-submit') as Element);
    expect(text('progress-error')).toBe('请输入手机号后4位');
    expect(calls).toHaveLength(0);
  });

  it('passes on the server’s words when it is too many tries', async () => {
    fakeServer(() => ({ status: 429, body: errorBody('RATE_LIMITED', '查询太频繁，请 1 分钟后再试') }));
    render(<ProgressPage />);
    type('progress-number', 'ZW20261125000123');
    type('progress-phone', '8000');
    fireEvent.click(document.getElementById('progress-submit') as Element);
    expect(await screen.findByText('查询太频繁，请 1 分钟后再试')).toBeTruthy();
  });
});
