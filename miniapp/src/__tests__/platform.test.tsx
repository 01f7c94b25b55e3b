import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { payForCase as payWeapp } from '@/platform/pay.weapp';
import { FilePicker as WeappPicker } from '@/platform/pick-file.weapp';
import { loadUploadPreview } from '@/platform/upload-preview.h5';
import Taro from '@/__mocks__/taro';
import { API, loginAs } from './helpers';

const PARAMS = { timeStamp: '1700000000', nonceStr: 'n1', package: 'prepay_id=wx1', signType: 'RSA', paySign: 'sig' };

describe('weapp payment', () => {
  it('passes the signed parameters to requestPayment untouched', async () => {
    Taro.requestPayment.mockResolvedValue({ errMsg: 'requestPayment:ok' });
    await expect(payWeapp(PARAMS, '/pages/cases/detail/index?id=1')).resolves.toBe('paid');
    expect(Taro.requestPayment).toHaveBeenCalledWith(PARAMS);
  });

  it('tells a cancel from a failure', async () => {
    Taro.requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail cancel' });
    await expect(payWeapp(PARAMS, '/x')).resolves.toBe('cancelled');
    Taro.requestPayment.mockRejectedValueOnce({ errMsg: 'requestPayment:fail system error' });
    await expect(payWeapp(PARAMS, '/x')).rejects.toThrow('支付未完成');
  });
});

describe('weapp file picker', () => {
  it('offers 拍照, 从相册选 and 选择PDF as the formats allow', () => {
    render(<WeappPicker formats={['jpg', 'pdf']} onPick={jest.fn()} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['拍照', '从相册选', '选择PDF']);
  });

  it('takes a photo with the camera, or a PDF from a chat', async () => {
    const onPick = jest.fn();
    Taro.chooseMedia.mockResolvedValue({ tempFiles: [{ tempFilePath: 'wxfile://tmp/photo.jpg', size: 1000 }] });
    Taro.chooseMessageFile.mockResolvedValue({ tempFiles: [{ path: 'wxfile://tmp/x', name: '合同.pdf', size: 2000 }] });
    render(<WeappPicker formats={['jpg', 'pdf']} onPick={onPick} />);
    fireEvent.click(screen.getByText('拍照'));
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    expect(Taro.chooseMedia).toHaveBeenCalledWith(
      expect.objectContaining({ mediaType: ['image'], sourceType: ['camera'] }),
    );
    expect(onPick).toHaveBeenLastCalledWith({
      path: 'wxfile://tmp/photo.jpg',
      name: 'photo.jpg',
      size: 1000,
      mime: 'image/jpeg',
    });

    fireEvent.click(screen.getByText('选择PDF'));
    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(2));
    expect(Taro.chooseMessageFile).toHaveBeenCalledWith(expect.objectContaining({ type: 'file', extension: ['pdf'] }));
    expect(onPick).toHaveBeenLastCalledWith({
      path: 'wxfile://tmp/x',
      name: '合同.pdf',
      size: 2000,
      mime: 'application/pdf',
    });
  });

  it('does nothing when the user cancels', async () => {
    const onPick = jest.fn();
    Taro.chooseMedia.mockRejectedValue({ errMsg: 'chooseMedia:fail cancel' });
    render(<WeappPicker formats={['jpg']} onPick={onPick} />);
    fireEvent.click(screen.getByText('从相册选'));
    await waitFor(() => expect(Taro.chooseMedia).toHaveBeenCalled());
    expect(onPick).not.toHaveBeenCalled();
  });
});

describe('H5 upload preview', () => {
  it('fetches GET /uploads/:id with the token into an object URL', async () => {
    loginAs('access-7');
    const blob = new Blob(['x'], { type: 'image/png' });
    const fetchMock = jest.fn().mockResolvedValue({ ok: true, status: 200, blob: () => Promise.resolve(blob) });
    global.fetch = fetchMock as unknown as typeof fetch;
    URL.createObjectURL = jest.fn(() => 'blob:preview-1');
    await expect(loadUploadPreview('u1')).resolves.toEqual({ url: 'blob:preview-1', mime: 'image/png' });
    expect(fetchMock).toHaveBeenCalledWith(`${API}/uploads/u1`, { headers: { Authorization: 'Bearer access-7' } });
  });
});
