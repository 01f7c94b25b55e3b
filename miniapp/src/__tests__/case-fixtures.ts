import { type ApplicationView, type FormField } from '@onetrip/shared';

export const CASE_ID = '65f0a1b2c3d4e5f601234567';

/** One field of every type the contract knows, as a form of a case would carry them. */
export const ALL_FIELDS: FormField[] = [
  { key: 'applicantName', label: '申请人姓名', type: 'text', required: true, profile: 'profile.name' },
  { key: 'companyName', label: '单位名称', type: 'text', required: true, rules: { minLength: 2, maxLength: 30 } },
  { key: 'reason', label: '申请事由', type: 'textarea', required: false },
  { key: 'area', label: '建筑面积', type: 'number', required: true, rules: { min: 1, max: 10000 } },
  { key: 'price', label: '成交价格', type: 'money', required: true, rules: { min: 100 } },
  { key: 'signDate', label: '签约日期', type: 'date', required: true },
  {
    key: 'usage',
    label: '房屋用途',
    type: 'select',
    required: true,
    options: [
      { value: 'home', label: '住宅' },
      { value: 'shop', label: '商铺' },
    ],
  },
  {
    key: 'utilities',
    label: '过户项目',
    type: 'multiselect',
    required: false,
    options: [
      { value: 'water', label: '水' },
      { value: 'power', label: '电' },
      { value: 'gas', label: '气' },
    ],
  },
  { key: 'contactPhone', label: '联系电话', type: 'phone', required: true },
  { key: 'buyerId', label: '买方身份证号', type: 'idNumber', required: true },
  { key: 'location', label: '房屋坐落', type: 'region', required: true },
  { key: 'firstHome', label: '是否首套', type: 'boolean', required: true },
];

/** A draft case; pass what differs. */
export function caseView(over: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: CASE_ID,
    version: 3,
    status: 'draft',
    items: [{ code: 'LNYDZ', name: '老年优待证办理', department: '民政局', status: 'pending', guideVersion: 1 }],
    form: { fields: ALL_FIELDS },
    data: { applicantName: '张三' },
    materials: [
      {
        code: 'id_card',
        name: '居民身份证',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png', 'pdf'],
        itemCodes: ['LNYDZ'],
        uploadIds: [],
      },
    ],
    delivery: null,
    expressAllowed: true,
    electronicAllowed: false,
    fee: { items: 0, express: 0, total: 0, due: 'submit', payableNow: false },
    applicant: { name: '张*', idNumberMasked: '110***********0025', phoneMasked: '138****8000' },
    submittedBy: { role: 'resident', userId: 'u1' },
    timeline: [{ at: '2026-11-25T01:00:00.000Z', actor: { role: 'resident' }, action: 'created' }],
    deadline: null,
    notices: [],
    createdAt: '2026-11-25T01:00:00.000Z',
    updatedAt: '2026-11-25T01:00:00.000Z',
    ...over,
  };
}

/** The 二手房交易 chain: three items, one ID card for all of them. */
export function chainCase(over: Partial<ApplicationView> = {}): ApplicationView {
  return caseView({
    chain: { code: 'ESF', name: '二手房交易' },
    items: [
      { code: 'BDCZY', name: '不动产转移登记', department: '不动产登记中心', status: 'pending', guideVersion: 1 },
      { code: 'QSSB', name: '契税申报', department: '税务局', status: 'pending', guideVersion: 1 },
      { code: 'SDQGH', name: '水电气过户', department: '公用事业服务中心', status: 'pending', guideVersion: 1 },
    ],
    materials: [
      {
        code: 'id_card',
        name: '居民身份证',
        category: '证件类',
        required: true,
        gapAllowed: false,
        formats: ['jpg', 'png'],
        itemCodes: ['BDCZY', 'QSSB', 'SDQGH'],
        uploadIds: [],
      },
      {
        code: 'house_contract',
        name: '房屋买卖合同',
        category: '文书类',
        required: true,
        gapAllowed: false,
        formats: ['pdf', 'jpg'],
        itemCodes: ['BDCZY'],
        uploadIds: ['65f0a1b2c3d4e5f60000aaaa'],
      },
      {
        code: 'tax_proof',
        name: '完税证明',
        category: '批文类',
        required: false,
        gapAllowed: true,
        formats: ['pdf'],
        itemCodes: ['BDCZY', 'QSSB'],
        uploadIds: [],
      },
    ],
    ...over,
  });
}
