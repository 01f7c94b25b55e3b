import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ApplyMaterialsPage from '@/apply/materials/index';
import { forgetConsents } from '@/features/consent/consent-store';
import { readImageSize } from '@/platform/image-size';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, consentsAgreed, errorBody, loginAs } from './helpers';
import { CASE_ID, caseView } from './case-fixtures';
import { caseServer } from './case-server';

const FRONT = '65f0a1b2c3d4e5f60000f001';
const BACK = '65f0a1b2c3d4e5f60000b001';
const SAMPLE = { id: '65f0a1b2c3d4e5f6000051a1', name: '证件照示例.png' };
const sizeOf = readImageSize as jest.Mock;

/** A case whose ID card is photographed side by side, and a photo material with an example image. */
function sidedCase() {
  return caseView({
    materials: [
      {
        code: 'id_card',
        name: '居民身份证（正反面）',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png'],
        itemCodes: ['LNYDZ'],
        uploadIds: [],
        slots: [
          { key: 'front', label: '人像面' },
          { key: 'back', label: '国徽面' },
        ],
      },
      {
        code: 'photo',
        name: '近期二寸免冠彩色照片（白底）',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png'],
        itemCodes: ['LNYDZ'],
        uploadIds: [],
        sampleFile: SAMPLE,
      },
    ],
  });
}

const slotBox = (key: string) => document.getElementById(`slot-id_card-${key}`) as HTMLElement;
const pickInto = (box: HTMLElement, name: string) =>
  fireEvent.change(box.querySelector('input[type=file]') as HTMLInputElement, {
    target: { files: [new File([new Uint8Array(4096)], name, { type: 'image/jpeg' })] },
  });
const text = (id: string) => document.getElementById(id)?.textContent ?? '';

/** Every POST /uploads answers the next of `ids`, or the error given. */
function uploadsAnswer(...answers: ({ id: string } | { status: number; body: unknown })[]) {
  Taro.uploadFile.mockImplementation(() => {
    const next = answers.shift();
    const task = Promise.resolve(
      next && 'status' in next
        ? { statusCode: next.status, data: JSON.stringify(next.body) }
        : { statusCode: 201, data: JSON.stringify({ id: next?.id, name: 'x.jpg', mime: 'image/jpeg', size: 4096 }) },
    ) as Promise<unknown> & { onProgressUpdate?: () => void };
    task.onProgressUpdate = () => undefined;
    return task;
  });
}

async function open() {
  loginAs('access-9');
  // The resident agreed to the ID photo's use already (consent is another test's subject).
  const server = caseServer(sidedCase(), (call) =>
    call.url.endsWith('/me/consents') ? { status: 200, body: consentsAgreed('id_photo') } : undefined,
  );
  setRouterParams({ id: CASE_ID });
  render(<ApplyMaterialsPage />);
  await screen.findByText('居民身份证（正反面）');
  return server;
}

beforeEach(() => {
  forgetConsents();
  let n = 0;
  URL.createObjectURL = jest.fn(() => `blob:local-${++n}`);
  sizeOf.mockResolvedValue({ width: 1200, height: 1600 });
});

describe('分面上传 in the upload step', () => {
  it('shows one labelled box per side, each with the card’s outline and its own 上传', async () => {
    await open();
    expect(slotBox('front').textContent).toContain('人像面');
    expect(slotBox('back').textContent).toContain('国徽面');
    expect(slotBox('front').querySelector('.slot__outline--front')).not.toBeNull();
    expect(slotBox('back').querySelector('.slot__outline--back')).not.toBeNull();
    expect(slotBox('front').textContent).toContain('上传人像面');
    // Only the sides' inputs: no third button that would add a file of no side.
    expect(document.querySelectorAll('#material-id_card input[type=file]')).toHaveLength(2);
  });

  it('completes only with both sides: each photo fills its side, the summary counts it once both are in', async () => {
    const { calls } = await open();
    uploadsAnswer({ id: FRONT }, { id: BACK });
    expect(text('materials-summary')).toContain('已传 0 项');
    pickInto(slotBox('front'), 'front.jpg');
    await waitFor(() => expect(text('material-id_card-sides-missing')).toBe('还差国徽面，请补拍'));
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.data)).toEqual([
      { uploadIds: [FRONT], uploadSlots: [{ uploadId: FRONT, slot: 'front' }] },
    ]);
    expect(slotBox('front').dataset.uploadSlot).toBe(FRONT);
    expect(text('materials-summary')).toContain('已传 0 项');

    pickInto(slotBox('back'), 'back.jpg');
    await waitFor(() => expect(document.getElementById('material-id_card-sides-missing')).toBeNull());
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.data)[1]).toEqual({
      uploadIds: [FRONT, BACK],
      uploadSlots: [
        { uploadId: FRONT, slot: 'front' },
        { uploadId: BACK, slot: 'back' },
      ],
    });
    expect(slotBox('back').textContent).toContain('✓ 已上传');
    expect(text('materials-summary')).toContain('已传 1 项');
  });

  it('refuses a photo too small to read before uploading it, saying why and to retake it', async () => {
    const { calls } = await open();
    sizeOf.mockResolvedValueOnce({ width: 1, height: 1 });
    pickInto(slotBox('front'), 'tiny.png');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({
        title: '请重拍这张照片',
        content: '图片太小（1×1 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF',
      }),
    );
    expect(Taro.uploadFile).not.toHaveBeenCalled();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('shows the BFF’s refusal the same way when the phone could not read the size', async () => {
    const { calls } = await open();
    sizeOf.mockResolvedValueOnce(null);
    const message = '图片太小（120×90 像素），无法看清内容。请在光线充足处对准材料重新拍摄，或上传 PDF';
    uploadsAnswer({
      status: 400,
      body: errorBody('VALIDATION_FAILED', message, [
        { in: 'body', path: 'file', message, reason: 'IMAGE_TOO_SMALL', width: 120, height: 90, min: 240 },
      ]),
    });
    pickInto(slotBox('back'), 'thumb.jpg');
    await waitFor(() =>
      expect(Taro.showModal).toHaveBeenCalledWith(
        expect.objectContaining({ title: '请重拍这张照片', content: message }),
      ),
    );
    await act(async () => {});
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('offers 查看示例 where the guide has an example, and the retake hint under every photo material', async () => {
    await open();
    expect(text('material-photo-retake')).toContain('四角完整、字迹清晰、无反光');
    expect(text('material-id_card-retake')).toContain('四角完整、字迹清晰、无反光');
    expect(document.getElementById('material-id_card-sample')).toBeNull();
    fireEvent.click(document.getElementById('material-photo-sample') as HTMLElement);
    const url = `${API}/catalog-files/${SAMPLE.id}`;
    await waitFor(() => expect(Taro.previewImage).toHaveBeenCalledWith({ urls: [url], current: url }));
  });
});
