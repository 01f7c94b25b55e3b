import {
  applicant,
  counter,
  HALL_1,
  M,
  type SeedItem,
  commitmentTerms,
  DEPARTMENT_PHONES,
  resultSample,
} from './common';

const DEPARTMENT = '县民政局';

/** 县民政局: 老年优待证 by phone and express (零跑腿, 两天送达, 不收费), 高龄津贴. */
export const minzhengItems: SeedItem[] = [
  {
    code: 'LAONIAN-YOUDAIZHENG',
    popularity: 98,
    guide: {
      name: '老年优待证办理',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('LAONIAN-YOUDAIZHENG'),
      kind: '公共服务',
      legalBasis: '《中华人民共和国老年人权益保障法》；《山东省老年人优待办法》',
      conditions: ['年满60周岁', '本县户籍，或持本县居住证的外地户籍老年人'],
      materials: [
        M.idCard,
        { ...M.householdRegister, gapAllowed: true },
        { ...M.photo, name: '近期一寸免冠彩色照片（电子版）' },
      ],
      form: {
        fields: [
          ...applicant,
          {
            key: 'homeAddress',
            label: '现居住地址',
            type: 'text',
            required: true,
            rules: { minLength: 4, maxLength: 120 },
          },
          {
            key: 'agentRelation',
            label: '代为申请人与老人关系',
            type: 'select',
            required: false,
            options: [
              { value: 'self', label: '本人申请' },
              { value: 'child', label: '子女' },
              { value: 'spouse', label: '配偶' },
              { value: 'other', label: '其他亲属或代办员' },
            ],
            hint: '子女或代办员可用手机为老人扫码申请',
          },
        ],
      },
      process: ['手机扫码在线申请', '民政窗口网上审核', '制证', '政务快递免费送达'],
      legalDays: 10,
      promisedDays: 2,
      fee: { amount: 0, basis: '免费办理' },
      delivery: { window: true, express: true, expressFee: 0 },
      windows: [counter(HALL_1, 'A03')],
      trips: 0,
      commitment: commitmentTerms('户口簿可在领证前补交', 2),
    },
  },
  {
    code: 'GAOLING-JINTIE',
    popularity: 55,
    guide: {
      name: '80周岁以上高龄津贴申领',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('GAOLING-JINTIE'),
      kind: '公共服务',
      legalBasis:
        '《中华人民共和国老年人权益保障法》第三十三条；《山东省人民政府关于建立80周岁以上老年人高龄津贴制度的通知》',
      conditions: ['本县户籍', '年满80周岁', '未享受其他同类津贴'],
      materials: [M.idCard, M.householdRegister, M.bankCard],
      form: {
        fields: [
          ...applicant,
          {
            key: 'bankAccount',
            label: '津贴发放账号（社保卡或银行卡号）',
            type: 'text',
            required: true,
            rules: { pattern: '^[0-9]{12,19}$' },
          },
          { key: 'bankName', label: '开户银行', type: 'text', required: true, rules: { maxLength: 40 } },
        ],
      },
      process: ['在线申请或村代办点代办', '镇街民政所初审', '县民政局审核', '次月起按月发放'],
      legalDays: 20,
      promisedDays: 10,
      fee: { amount: 0 },
      // 电子送达: the 办理结果通知书 is downloaded (津贴按月发放), so 零跑腿 is kept without a parcel
      delivery: { window: true, express: false, expressFee: 0, electronic: true },
      windows: [counter(HALL_1, 'A03')],
      trips: 0,
    },
  },
];
