import { act, fireEvent, render, renderHook, waitFor } from '@testing-library/react';
import StaffQueuePage from '@/staff/queue/index';
import { HandoverDialog } from '@/staff/case/ActionDialogs';
import { Sheet } from '@/components';
import { useKeyboardControls } from '@/platform/keyboard';
import { useWideScreen } from '@/platform/viewport';
import Taro from '@/__mocks__/taro';
import { API, loginAs } from '@/__tests__/helpers';
import { staffCase, staffServer } from './staff-fixtures';

/** A browser window whose width can change: `matchMedia('(min-width: 1280px)')` follows `setWidth`. */
function fakeWindow(width: number) {
  let current = width;
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return current >= 1280;
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  window.matchMedia = jest.fn(() => query as unknown as MediaQueryList);
  return {
    setWidth(next: number) {
      current = next;
      listeners.forEach((fn) => fn());
    },
  };
}

const original = window.matchMedia;
afterEach(() => {
  window.matchMedia = original;
});

const byId = (id: string) => document.getElementById(id);
const ROW = {
  id: 'c1',
  number: 'ZW20261125000003',
  status: 'submitted',
  itemNames: ['老年优待证办理'],
  applicantName: '张*丰',
  paused: false,
};

describe('the screen width (H5)', () => {
  it('is wide from 1280 px and follows the window as it is resized', () => {
    const screen = fakeWindow(1280);
    const { result } = renderHook(() => useWideScreen());
    expect(result.current).toBe(true);
    act(() => screen.setWidth(1279));
    expect(result.current).toBe(false);
  });

  it('is a phone where the browser cannot tell', () => {
    // jsdom has no matchMedia.
    const { result } = renderHook(() => useWideScreen());
    expect(result.current).toBe(false);
  });
});

describe('the workbench at a PC (≥ 1280 px)', () => {
  it('opens a row’s case in the pane beside the list, which stays, and reloads the list after an action', async () => {
    fakeWindow(1440);
    loginAs();
    let queueReads = 0;
    const calls = staffServer((call) => {
      if (call.url.startsWith(`${API}/staff/applications?`)) {
        queueReads += 1;
        return { status: 200, body: { items: [ROW], total: 1 } };
      }
      if (call.method === 'POST') return { status: 200, body: staffCase({ status: 'accepted', version: 4 }) };
      return { status: 200, body: staffCase({ id: 'c1' }) };
    });
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('queue-row-c1')).not.toBeNull());
    expect(byId('case-pane-empty')).not.toBeNull();
    fireEvent.click(byId('queue-row-c1') as HTMLElement);
    await waitFor(() => expect(byId('staff-case-pane')?.querySelector('#case-number')).not.toBeNull());
    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(byId('queue-row-c1')?.className).toContain('queue-row--selected');
    expect(calls.some((c) => c.url === `${API}/staff/applications/c1`)).toBe(true);

    const before = queueReads;
    fireEvent.click(byId('action-accept') as HTMLElement);
    fireEvent.click(byId('accept-send') as HTMLElement);
    await waitFor(() => expect(byId('case-status')?.textContent).toBe('已受理'));
    await waitFor(() => expect(queueReads).toBe(before + 1));
    // The list is still on screen beside the case.
    expect(byId('queue-row-c1')).not.toBeNull();
  });

  it('goes back to opening the case page when the window is narrowed to a phone’s width', async () => {
    const screen = fakeWindow(1440);
    loginAs();
    staffServer(() => ({ status: 200, body: { items: [ROW], total: 1 } }));
    render(<StaffQueuePage />);
    await waitFor(() => expect(byId('staff-split')).not.toBeNull());
    act(() => screen.setWidth(390));
    expect(byId('staff-split')).toBeNull();
    fireEvent.click(byId('queue-row-c1') as HTMLElement);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/staff/case/index?id=c1' });
  });
});

describe('a PC’s keyboard', () => {
  const key = (target: Element | Document, k: string, init: KeyboardEventInit = {}) =>
    fireEvent.keyDown(target, { key: k, ...init });

  function Dialog({
    onConfirm,
    onClose,
    disabled = false,
  }: {
    onConfirm: () => void;
    onClose: () => void;
    disabled?: boolean;
  }) {
    return (
      <Sheet
        id="d"
        title="不予受理"
        confirmId="d-send"
        confirmText="确认"
        disabled={disabled}
        onConfirm={onConfirm}
        onClose={onClose}
      >
        <input id="d-reason" />
        <textarea id="d-note" />
      </Sheet>
    );
  }

  it('Enter confirms a dialog, Escape cancels it', () => {
    const onConfirm = jest.fn();
    const onClose = jest.fn();
    render(<Dialog onConfirm={onConfirm} onClose={onClose} />);
    key(byId('d-reason') as HTMLElement, 'Enter');
    expect(onConfirm).toHaveBeenCalledTimes(1);
    key(document, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('Enter does not confirm while an input method composes Chinese, in a multi-line box, or when the dialog is not ready', () => {
    const onConfirm = jest.fn();
    const { unmount } = render(<Dialog onConfirm={onConfirm} onClose={jest.fn()} />);
    key(byId('d-reason') as HTMLElement, 'Enter', { isComposing: true });
    key(byId('d-reason') as HTMLElement, 'Enter', { keyCode: 229 });
    key(byId('d-note') as HTMLElement, 'Enter');
    expect(onConfirm).not.toHaveBeenCalled();
    unmount();
    render(<Dialog onConfirm={onConfirm} onClose={jest.fn()} disabled />);
    key(byId('d-reason') as HTMLElement, 'Enter');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('makes the staff page’s buttons, tabs and rows reachable with Tab and pressed with Enter or Space', async () => {
    const pressed = jest.fn();
    function Controls() {
      useKeyboardControls('staff-page');
      return (
        <div className="staff-page">
          <div id="tab" className="staff-tab" onClick={() => pressed('tab')} />
          <div id="off" className="btn btn--disabled" onClick={() => pressed('off')} />
          <div id="plain" onClick={() => pressed('plain')} />
        </div>
      );
    }
    render(<Controls />);
    const tab = byId('tab') as HTMLElement;
    await waitFor(() => expect(tab.getAttribute('tabindex')).toBe('0'));
    expect(tab.getAttribute('role')).toBe('button');
    expect(byId('off')?.getAttribute('tabindex')).toBe('-1');
    expect(byId('plain')?.hasAttribute('tabindex')).toBe(false);
    key(tab, 'Enter');
    key(tab, ' ');
    key(byId('off') as HTMLElement, 'Enter');
    expect(pressed.mock.calls).toEqual([['tab'], ['tab']]);
  });

  it('presses a focused button rather than confirming the dialog around it', async () => {
    const onConfirm = jest.fn();
    const onClose = jest.fn();
    function Page() {
      useKeyboardControls('staff-page');
      return (
        <div className="staff-page">
          <Dialog onConfirm={onConfirm} onClose={onClose} />
        </div>
      );
    }
    render(<Page />);
    const cancel = byId('d-cancel') as HTMLElement;
    await waitFor(() => expect(cancel.getAttribute('tabindex')).toBe('0'));
    key(cancel, 'Enter');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('窗口领取 at a PC', () => {
  it('takes the pick-up code from the digit keys, Backspace takes one off, Enter hands over', () => {
    const onSend = jest.fn();
    render(<HandoverDialog busy={false} onClose={jest.fn()} onSend={onSend} />);
    for (const k of ['1', '2', '3', '4', '5', '9', 'Backspace', '6', '7']) fireEvent.keyDown(document, { key: k });
    expect(byId('keypad-code')?.textContent).toBe('123456');
    fireEvent.keyDown(document, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('123456');
  });
});
