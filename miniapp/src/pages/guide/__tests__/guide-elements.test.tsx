import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import GuidePage from '@/pages/guide/index';
import ChainPage from '@/pages/chain/index';
import { TelLink } from '@/platform/tel-link.weapp';
import Taro, { setRouterParams } from '@/__mocks__/taro';
import { API, errorBody, fakeServer } from '@/__tests__/helpers';

const PHOTO = { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name: '证件照示例（白底）.png' };
const SAMPLE = { id: 'bbbbbbbbbbbbbbbbbbbbbbbb', name: '居住证明（样表）.pdf' };
const BLANK = { id: 'cccccccccccccccccccccccc', name: '居住证明（空白表格）.pdf' };
const RESULT = { id: 'dddddddddddddddddddddddd', name: '山东省居住证（样本）.pdf' };

const material = (code: string, name: string, extra: object = {}) => ({
  code,
  name,
  category: '文书类',
  required: true,
  gapAllowed: false,
  formats: ['jpg', 'pdf'],
  ...extra,
});

const guide = {
  code: 'JUZHUZHENG',
  name: '居住证办理',
  department: '县公安局',
  kind: '公共服务',
  legalBasis: '《居住证暂行条例》',
  conditions: [],
  materials: [
    material('photo', '近期二寸免冠彩色照片（白底）', { sample: '露出双耳和眉毛', sampleFile: PHOTO }),
    material('residence_proof', '居住证明', { sampleFile: SAMPLE, blankForm: BLANK }),
    material('employment_proof', '就业或就读证明'),
  ],
  form: { fields: [] },
  process: ['网上申请'],
  legalDays: 15,
  promisedDays: 7,
  fee: { amount: 0 },
  delivery: { window: true, express: true, expressFee: 1200 },
  windows: [],
  trips: 1,
  consultationPhone: '0539-7211293',
  resultSample: RESULT,
  version: 3,
  updatedAt: '2026-11-01T00:00:00Z',
};

const byId = (id: string) => document.getElementById(id);

async function openGuide(shown: object = guide) {
  fakeServer((call) =>
    call.url.endsWith('/items/JUZHUZHENG')
      ? { status: 200, body: shown }
      : { status: 404, body: errorBody('NOT_FOUND', '未找到') },
  );
  setRouterParams({ code: 'JUZHUZHENG' });
  render(<GuidePage />);
  await screen.findByText('居住证明');
}

/** The H5 PDF opener fetches the file and shows it in a new tab. */
function catchPdfOpening() {
  const fetchMock = jest.fn(async () => ({ ok: true, status: 200, blob: async () => new Blob(['%PDF-1.7']) }));
  const opened = jest.fn(() => ({}) as Window);
  Object.assign(globalThis, { fetch: fetchMock });
  window.open = opened;
  URL.createObjectURL = jest.fn(() => 'blob:catalog-file');
  URL.revokeObjectURL = jest.fn();
  return { fetchMock, opened };
}

describe('guide page: the standard elements of a guide', () => {
  it('shows the 咨询电话 as a number to call (a tel: link on H5)', async () => {
    await openGuide();
    const phone = byId('guide-phone') as HTMLAnchorElement;
    expect(phone.tagName).toBe('A');
    expect(phone.textContent).toBe('0539-7211293');
    expect(phone.getAttribute('href')).toBe('tel:05397211293');
  });

  it('calls the number with Taro.makePhoneCall in the mini-program', () => {
    render(<TelLink id="phone" phone="0539-7211293" />);
    fireEvent.click(byId('phone') as Element);
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '05397211293' });
  });

  it('shows an image sample as a thumbnail of the public file that opens the preview, with the text sample', async () => {
    await openGuide();
    const thumb = byId('material-sample-photo') as HTMLImageElement;
    const url = `${API}/catalog-files/${PHOTO.id}`;
    expect(thumb.tagName).toBe('IMG');
    expect(thumb.getAttribute('src')).toBe(url);
    expect(screen.getByText('露出双耳和眉毛')).toBeTruthy();
    fireEvent.click(thumb);
    await waitFor(() => expect(Taro.previewImage).toHaveBeenCalledWith({ urls: [url], current: url }));
  });

  it('opens a PDF sample and downloads the blank form of a material', async () => {
    await openGuide();
    const { fetchMock, opened } = catchPdfOpening();
    expect(byId('material-sample-residence_proof')?.textContent).toBe('查看样表');
    fireEvent.click(byId('material-sample-residence_proof') as Element);
    await waitFor(() => expect(opened).toHaveBeenCalledWith('blob:catalog-file', '_blank'));
    expect(fetchMock).toHaveBeenLastCalledWith(`${API}/catalog-files/${SAMPLE.id}`, expect.anything());
    expect(byId('material-blank-residence_proof')?.textContent).toBe('下载空白表格');
    fireEvent.click(byId('material-blank-residence_proof') as Element);
    await waitFor(() =>
      expect(fetchMock).toHaveBeenLastCalledWith(`${API}/catalog-files/${BLANK.id}`, expect.anything()),
    );
    // A material with neither has no links.
    expect(byId('material-sample-employment_proof')).toBeNull();
    expect(byId('material-blank-employment_proof')).toBeNull();
  });

  it('shows the 结果样本 and opens it', async () => {
    await openGuide();
    const { fetchMock } = catchPdfOpening();
    const link = byId('guide-result-sample') as Element;
    expect(link.textContent).toBe('查看山东省居住证（样本）');
    fireEvent.click(link);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith(`${API}/catalog-files/${RESULT.id}`, expect.anything()));
  });

  it('says so when a file cannot be opened', async () => {
    await openGuide();
    Object.assign(globalThis, { fetch: jest.fn(async () => Promise.reject(new Error('offline'))) });
    fireEvent.click(byId('guide-result-sample') as Element);
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '文件暂时打不开，请稍后再试' })),
    );
  });

  it('shows none of them for a guide that has none (guides stored before them)', async () => {
    const { consultationPhone: _p, resultSample: _r, ...older } = guide;
    await openGuide({ ...older, materials: [material('residence_proof', '居住证明')] });
    expect(byId('guide-phone')).toBeNull();
    expect(byId('guide-result')).toBeNull();
    expect(document.querySelector('[id^="material-sample-"], [id^="material-blank-"]')).toBeNull();
  });
});

describe('chain page: the merged materials keep their samples and blank forms', () => {
  it('offers the blank form and sample of a merged material', async () => {
    const chain = {
      code: 'ESF',
      name: '二手房交易',
      leadDepartment: '县自然资源局',
      items: [],
      materials: [
        { ...material('residence_proof', '居住证明', { sampleFile: SAMPLE, blankForm: BLANK }), itemCodes: [] },
      ],
      form: { fields: [] },
      promisedDays: 5,
      trips: 1,
      version: 1,
    };
    fakeServer((call) =>
      call.url.endsWith('/chains/ESF')
        ? { status: 200, body: chain }
        : { status: 404, body: errorBody('NOT_FOUND', '') },
    );
    setRouterParams({ code: 'ESF' });
    render(<ChainPage />);
    await screen.findByText('居住证明');
    expect(byId('material-blank-residence_proof')?.textContent).toBe('下载空白表格');
    expect(byId('material-sample-residence_proof')?.textContent).toBe('查看样表');
  });
});
