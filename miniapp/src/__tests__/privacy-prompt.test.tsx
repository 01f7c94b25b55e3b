import { render } from '@testing-library/react';
import { createPrivacyGate, PRIVACY_AGREE_BUTTON } from '../platform/privacy-prompt-types';
import { PrivacyPrompt } from '@/platform/privacy-prompt';

describe("WeChat's privacy check", () => {
  it('opens on a need, tells WeChat it is shown, and answers every waiting call with the agreement', () => {
    const open = jest.fn();
    const gate = createPrivacyGate(open);
    const first = jest.fn();
    const second = jest.fn();
    gate.need(first);
    gate.need(second);
    expect(open).toHaveBeenLastCalledWith(true);
    expect(first).toHaveBeenCalledWith({ event: 'exposureAuthorization' });
    expect(gate.pending).toBe(2);
    gate.agree();
    expect(open).toHaveBeenLastCalledWith(false);
    for (const resolve of [first, second]) {
      expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON });
    }
    expect(gate.pending).toBe(0);
  });

  it('answers disagree once and forgets the call', () => {
    const gate = createPrivacyGate(jest.fn());
    const resolve = jest.fn();
    gate.need(resolve);
    gate.disagree();
    gate.disagree();
    expect(resolve.mock.calls.filter(([o]) => o.event === 'disagree')).toHaveLength(1);
  });

  it('shows nothing in a browser (H5)', () => {
    const { container } = render(<PrivacyPrompt />);
    expect(container.innerHTML).toBe('');
  });
});
