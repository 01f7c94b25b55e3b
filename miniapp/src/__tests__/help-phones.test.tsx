import { act, fireEvent, render, screen } from '@testing-library/react';
import { HelpPhones } from '@/components';
import { forgetCentre } from '@/hooks/use-centre';
import Taro from '@/__mocks__/taro';
import { errorBody, fakeServer } from './helpers';

const CENTRE = {
  name: '莒南县政务服务中心',
  address: '山东省临沂市莒南县十字路街道人民路1号',
  phone: '0539-7211000',
  hotline: '12345',
  hours: '工作日 9:00–12:00、13:30–17:00（法定节假日除外）',
};

beforeEach(() => forgetCentre());

describe('HelpPhones', () => {
  it('shows 12345 and the centre’s line with its hours; each row dials when tapped', async () => {
    fakeServer(() => ({ status: 200, body: CENTRE }));
    render(<HelpPhones title="打电话问一问" />);
    expect(screen.getByText('打电话问一问')).toBeTruthy();
    fireEvent.click(screen.getByText('12345 政务服务便民热线'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '12345' });
    fireEvent.click(await screen.findByText('中心咨询电话 0539-7211000'));
    expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '05397211000' });
    expect(screen.getByText(CENTRE.hours)).toBeTruthy();
  });

  it('reads the centre once per session, however many times it is shown', async () => {
    const calls = fakeServer(() => ({ status: 200, body: CENTRE }));
    const first = render(<HelpPhones />);
    await screen.findByText('中心咨询电话 0539-7211000');
    first.unmount();
    render(<HelpPhones />);
    expect(screen.getByText('中心咨询电话 0539-7211000')).toBeTruthy();
    expect(calls.filter((c) => c.url.endsWith('/centre'))).toHaveLength(1);
  });

  it('without the centre’s line (not set, or unreadable) still offers 12345, and tries again next time', async () => {
    fakeServer(() => ({ status: 503, body: errorBody('UPSTREAM_UNAVAILABLE', '服务暂时不可用') }));
    const first = render(<HelpPhones />);
    await act(async () => {});
    expect(screen.getByText('12345 政务服务便民热线')).toBeTruthy();
    expect(screen.queryByText(/中心咨询电话/)).toBeNull();
    first.unmount();
    const again = fakeServer(() => ({ status: 200, body: { ...CENTRE, name: null, address: null, phone: null } }));
    render(<HelpPhones />);
    await act(async () => {});
    expect(screen.queryByText(/中心咨询电话/)).toBeNull();
    expect(again.filter((c) => c.url.endsWith('/centre'))).toHaveLength(1);
  });
});
