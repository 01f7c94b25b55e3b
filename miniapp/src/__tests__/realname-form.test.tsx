import { act, fireEvent, render, screen } from '@testing-library/react';
import { ID_NUMBER_MESSAGES, idCheckChar } from '@onetrip/shared';
import { RealNameForm } from '@/pages/me/RealNameForm';
import { consentState } from './consent-fixtures';
import { fakeServer } from './helpers';

const FIRST17 = '11010519491231002';
const VALID_ID = FIRST17 + idCheckChar(FIRST17);
const WRONG_CHECK = FIRST17 + (idCheckChar(FIRST17) === '1' ? '2' : '1');

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
const submit = () => document.getElementById('realname-submit') as HTMLButtonElement;
const type = (id: string, value: string) => fireEvent.change(input(id), { target: { value } });

describe('实名认证 form', () => {
  it('shows the GB 11643 message for a wrong check digit and keeps submit disabled', () => {
    render(<RealNameForm onSaved={jest.fn()} />);
    type('realname-name', '张三');
    type('phone-input', '13800138000');
    type('realname-id', WRONG_CHECK);
    expect(screen.getByText(ID_NUMBER_MESSAGES.checkDigit)).toBeTruthy();
    expect(submit().disabled).toBe(true);
  });

  it('does not nag while the number is still being typed, but does once the field is left', () => {
    render(<RealNameForm onSaved={jest.fn()} />);
    type('realname-id', '1101');
    expect(document.getElementById('realname-id-error')).toBeNull();
    fireEvent.blur(input('realname-id'));
    expect(screen.getByText(ID_NUMBER_MESSAGES.format)).toBeTruthy();
  });

  it('enables submit only when name, ID number and phone are all valid', () => {
    render(<RealNameForm onSaved={jest.fn()} />);
    type('realname-id', VALID_ID);
    type('realname-name', '张三');
    expect(submit().disabled).toBe(true); // no phone yet
    type('phone-input', '1380013800');
    expect(submit().disabled).toBe(true);
    type('phone-input', '13800138000');
    expect(submit().disabled).toBe(false);
    expect(document.getElementById('realname-id-error')).toBeNull();
  });

  it('sends PUT /me/profile with the H5 phone code and hands back the masked profile', async () => {
    const masked = { name: '张三', idNumberMasked: '110***********0025', phoneMasked: '138****8000', verified: true };
    // The separate consent for the ID number is already recorded: not asked again.
    const calls = fakeServer((call) =>
      call.url.endsWith('/me/consents')
        ? { status: 200, body: consentState(['terms', 'sensitive_id']) }
        : { status: 200, body: masked },
    );
    const onSaved = jest.fn();
    render(<RealNameForm onSaved={onSaved} />);
    type('realname-name', ' 张三 ');
    type('realname-id', VALID_ID.toLowerCase());
    type('phone-input', '13800138000');
    await act(async () => {
      fireEvent.click(submit());
    });
    expect(calls[1]).toMatchObject({
      method: 'PUT',
      data: { name: '张三', idNumber: VALID_ID, phoneCode: 'phone_13800138000' },
    });
    expect(calls[1]?.url.endsWith('/me/profile')).toBe(true);
    expect(onSaved).toHaveBeenCalledWith(masked);
  });
});
