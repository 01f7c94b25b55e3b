import { Types } from 'mongoose';
import { type CounterReceipt } from '@onetrip/shared';
import { type ApplicationRecord } from '../../applications';
import { receiptContent, receiptKindOf, type ReceiptInputs } from '../receipt-content';
import { renderReceiptPdf } from '../receipt-pdf';

const at = (iso: string) => new Date(iso);

/** A counter case as stored, with what the papers read (the rest of the record does not matter to them). */
function counterCase(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    _id: new Types.ObjectId(),
    version: 7,
    status: 'accepted',
    number: 'ZW20261125000123',
    ownerId: 'unverified:x',
    applicant: null,
    submittedBy: { role: 'staff', userId: 'clerk1' },
    chain: { code: 'esf', name: '二手房交易' },
    items: [
      {
        code: 'BDC',
        name: '不动产转移登记',
        department: '县自然资源局',
        status: 'pending',
        guideVersion: 1,
        promisedDays: 5,
        fee: 0,
        expressFee: 0,
        delivery: { window: true, express: true },
      },
      {
        code: 'QS',
        name: '契税申报',
        department: '县税务局',
        status: 'pending',
        guideVersion: 1,
        promisedDays: 3,
        fee: 0,
        expressFee: 0,
        delivery: { window: true, express: true },
      },
    ],
    form: { fields: [{ key: 'purpose', label: '用途', type: 'text', required: true }] },
    data: {},
    materials: [
      {
        code: 'id_card',
        name: '居民身份证（正反面）',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg'],
        itemCodes: ['BDC', 'QS'],
        uploadIds: ['u1', 'u2'],
        originalCheck: { by: 'clerk1', at: at('2026-11-25T02:00:00Z') },
      },
      {
        code: 'sale_contract',
        name: '存量房买卖合同',
        category: '文书类',
        required: true,
        gapAllowed: false,
        formats: ['pdf'],
        itemCodes: ['BDC'],
        uploadIds: ['u3'],
      },
      {
        code: 'marriage_cert',
        name: '婚姻状况证明',
        category: '证件类',
        required: true,
        gapAllowed: true,
        formats: ['jpg'],
        itemCodes: ['BDC'],
        uploadIds: [],
      },
      {
        code: 'photo',
        name: '照片',
        category: '证件类',
        required: false,
        gapAllowed: true,
        formats: ['jpg'],
        itemCodes: ['QS'],
        uploadIds: [],
      },
    ],
    delivery: { method: 'window' },
    fee: { items: 0, express: 0, total: 0 },
    payment: null,
    timeline: [],
    notices: [],
    submittedAt: at('2026-11-25T02:30:00Z'),
    acceptedAt: at('2026-11-25T02:30:00Z'),
    gaps: ['marriage_cert'],
    gapsDue: '2026-12-02',
    counter: { hall: '县政务服务中心二楼', clerkId: 'clerk1', personId: 'p1', startedAt: at('2026-11-25T02:00:00Z') },
    createdAt: at('2026-11-25T02:00:00Z'),
    updatedAt: at('2026-11-25T02:30:00Z'),
    ...overrides,
  };
}

const inputs: ReceiptInputs = {
  centre: { name: '莒南县政务服务中心', address: '山东省临沂市莒南县十字路街道民主路1号', phone: '0539-7211000' },
  applicant: { name: '王秀英', idNumberMasked: '371***********1234', phoneMasked: '139****5678', phoneLast4: '5678' },
  dueAt: at('2026-12-02T15:59:59.999Z'),
  progressUrl: 'https://h5.example.cn/#/pages/progress/index?number=ZW20261125000123',
  issuedAt: at('2026-11-25T02:31:00Z'),
};

describe('which paper a counter case has', () => {
  it('is the 受理回执 once accepted, the 一次性告知书 of a refused draft, else none', () => {
    const notice = { id: 'n1', at: at('2026-11-25T02:10:00Z'), problems: [{ field: 'purpose', reason: '请填写用途' }] };
    expect(receiptKindOf(counterCase())).toBe('acceptance');
    expect(receiptKindOf(counterCase({ status: 'approved' }))).toBe('acceptance');
    expect(
      receiptKindOf(counterCase({ status: 'draft', number: undefined, acceptedAt: undefined, notices: [notice] })),
    ).toBe('notice');
    expect(receiptKindOf(counterCase({ status: 'draft', number: undefined, acceptedAt: undefined }))).toBeNull();
    expect(receiptKindOf(counterCase({ counter: undefined }))).toBeNull();
  });
});

describe('the 受理回执', () => {
  it('lists the number, items, materials received with originals checked, gaps with their day, the promised date, how to follow it and the centre', () => {
    expect(receiptContent(counterCase(), 'acceptance', inputs)).toEqual<CounterReceipt>({
      kind: 'acceptance',
      title: '莒南县政务服务中心受理回执',
      number: 'ZW20261125000123',
      issuedAt: '2026-11-25T02:31:00.000Z',
      sections: [
        {
          heading: '办件信息',
          lines: [
            '办件编号：ZW20261125000123',
            '申请人：王*英（身份证号 371***********1234）',
            '联系电话：139****5678',
            '受理时间：2026年11月25日 10:30',
          ],
        },
        {
          heading: '申请事项',
          lines: [
            '一链办理：二手房交易',
            '1. 不动产转移登记（县自然资源局，承诺5个工作日办结）',
            '2. 契税申报（县税务局，承诺3个工作日办结）',
          ],
        },
        {
          heading: '已收材料',
          lines: ['1. 居民身份证（正反面）（电子件2份，原件已核验）', '2. 存量房买卖合同（电子件1份）'],
        },
        {
          heading: '容缺受理',
          lines: ['以下材料容缺受理，请于2026年12月2日前补齐（可到窗口提交或在微信小程序中上传）：', '1. 婚姻状况证明'],
        },
        { heading: '承诺办结', lines: ['承诺办结时间：2026年12月2日前（自受理之日起5个工作日，法定节假日顺延）'] },
        { heading: '领取方式', lines: ['窗口领取：办结后凭短信或微信收到的取件码到窗口领取'] },
        {
          heading: '进度查询',
          lines: [
            '凭办件编号和手机号后4位（5678）查询办理进度',
            '查询网址：https://h5.example.cn/#/pages/progress/index?number=ZW20261125000123',
            '以本人身份证号在“一次办”微信小程序完成实名认证后，也可直接查看本办件',
          ],
        },
        {
          heading: '办理地点',
          lines: [
            '莒南县政务服务中心',
            '地址：山东省临沂市莒南县十字路街道民主路1号',
            '受理窗口：县政务服务中心二楼',
            '咨询电话：0539-7211000',
          ],
        },
      ],
    });
  });

  it('says when nothing is owed, where the parcel goes, and falls back to the hall when the centre is not set', () => {
    const record = counterCase({
      chain: undefined,
      gaps: [],
      gapsDue: undefined,
      delivery: {
        method: 'express',
        address: {
          name: '王秀英',
          phoneEnc: 'x',
          region: ['山东省', '临沂市', '莒南县'],
          detail: '十字路街道人民路8号',
        },
      },
    });
    const receipt = receiptContent(record, 'acceptance', { ...inputs, centre: null, progressUrl: null });
    const section = (heading: string) => receipt.sections.find((s) => s.heading === heading)?.lines;
    expect(receipt.title).toBe('政务服务中心受理回执');
    expect(section('容缺受理')).toEqual(['无容缺材料']);
    expect(section('领取方式')).toEqual(['快递送达：山东省临沂市莒南县十字路街道人民路8号（收件人 王*英）']);
    expect(section('进度查询')).toEqual([
      '凭办件编号和手机号后4位（5678）查询办理进度',
      '以本人身份证号在“一次办”微信小程序完成实名认证后，也可直接查看本办件',
    ]);
    expect(section('办理地点')).toEqual(['受理窗口：县政务服务中心二楼']);
  });
});

describe('the 一次性告知书', () => {
  const notice = {
    id: 'n1',
    at: at('2026-11-25T02:10:00Z'),
    problems: [
      { field: 'purpose', reason: '请填写用途' },
      { field: 'delivery', reason: '请选择领取方式' },
      { materialCode: 'marriage_cert', reason: '请上传婚姻状况证明' },
      { materialCode: 'id_card', reason: '身份证已过有效期，请换领后再办' },
    ],
  };
  const draft = counterCase({ status: 'draft', number: undefined, acceptedAt: undefined, notices: [notice] });

  it('tells every problem at once, with what it is about and why, and keeps what was received', () => {
    expect(receiptContent(draft, 'notice', { ...inputs, dueAt: null, progressUrl: null })).toEqual<CounterReceipt>({
      kind: 'notice',
      title: '莒南县政务服务中心一次性告知书',
      number: null,
      issuedAt: '2026-11-25T02:31:00.000Z',
      sections: [
        {
          heading: '告知事项',
          lines: [
            '王*英（身份证号 371***********1234）：',
            '您于2026年11月25日 10:10在县政务服务中心二楼申请办理下列事项，经审查，申请材料尚不齐全或不符合法定形式，现将需要补正的全部内容一次性告知如下。',
          ],
        },
        {
          heading: '申请事项',
          lines: [
            '一链办理：二手房交易',
            '1. 不动产转移登记（县自然资源局，承诺5个工作日办结）',
            '2. 契税申报（县税务局，承诺3个工作日办结）',
          ],
        },
        {
          heading: '需补正的内容',
          lines: [
            '1. 用途：请填写用途',
            '2. 领取方式：请选择领取方式',
            '3. 婚姻状况证明：请上传婚姻状况证明',
            '4. 居民身份证（正反面）：身份证已过有效期，请换领后再办',
          ],
        },
        {
          heading: '已收材料',
          lines: ['1. 居民身份证（正反面）（电子件2份，原件已核验）', '2. 存量房买卖合同（电子件1份）'],
        },
        {
          heading: '补正后办理',
          lines: [
            '补齐后请携带本告知书和上述材料到窗口办理，已收取的材料无需重复提交。',
            '也可以本人身份证号在“一次办”微信小程序完成实名认证，继续填写、上传并提交本办件。',
          ],
        },
        {
          heading: '办理地点',
          lines: [
            '莒南县政务服务中心',
            '地址：山东省临沂市莒南县十字路街道民主路1号',
            '受理窗口：县政务服务中心二楼',
            '咨询电话：0539-7211000',
          ],
        },
      ],
    });
  });

  it('shows the notice it is asked for, and says when nothing was received yet', () => {
    const older = { id: 'n0', at: at('2026-11-20T01:00:00Z'), problems: [{ field: 'purpose', reason: '旧的告知' }] };
    const empty = counterCase({
      ...draft,
      notices: [older, notice],
      materials: draft.materials.map((m) => ({ ...m, uploadIds: [] })),
    });
    const receipt = receiptContent(empty, 'notice', inputs, older);
    expect(receipt.sections.find((s) => s.heading === '需补正的内容')?.lines).toEqual(['1. 用途：旧的告知']);
    expect(receipt.sections.find((s) => s.heading === '已收材料')?.lines).toEqual(['暂未收取材料']);
    expect(receipt.sections[0]?.lines[1]).toContain('2026年11月20日 09:00');
  });
});

describe('the PDF', () => {
  const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

  it('is a PDF of one page for a usual receipt, with the Chinese font embedded', async () => {
    const pdf = await renderReceiptPdf(receiptContent(counterCase(), 'acceptance', inputs));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile3|\/FontFile2/);
    expect(pdf.toString('latin1')).toContain('NotoSansHans');
  });

  it('runs onto more pages for a long paper and numbers them without adding blank ones', async () => {
    const long: CounterReceipt = {
      kind: 'notice',
      title: '一次性告知书',
      number: null,
      issuedAt: '2026-11-25T02:31:00.000Z',
      sections: [{ heading: '需补正的内容', lines: Array.from({ length: 80 }, (_, i) => `${i + 1}. 材料：请补正`) }],
    };
    const pdf = await renderReceiptPdf(long);
    expect(pageCount(pdf)).toBe(2);
  });
});
