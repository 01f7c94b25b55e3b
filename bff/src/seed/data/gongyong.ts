import {
  applicant,
  counter,
  F,
  HALL_1,
  M,
  type SeedItem,
  commitmentTerms,
  DEPARTMENT_PHONES,
  resultSample,
} from './common';

/** 水、电、燃气 transfers at the utilities' joint window (便民服务事项). */
export const gongyongItems: SeedItem[] = [
  {
    code: 'SDQ-GUOHU',
    popularity: 70,
    guide: {
      name: '水电气联合过户',
      department: '县公用事业服务中心',
      consultationPhone: DEPARTMENT_PHONES['县公用事业服务中心'],
      resultSample: resultSample('SDQ-GUOHU'),
      kind: '公共服务',
      legalBasis: '《电力供应与使用条例》；《城镇燃气管理条例》；《城市供水条例》',
      conditions: ['房屋已办理或正在办理不动产转移登记', '原户名下水费、电费、燃气费已结清'],
      materials: [
        M.idCard,
        M.propertyCert,
        M.saleContract,
        M.material('utility_bills', '原户主水、电、燃气户号或近期缴费凭证', '文书类', { gapAllowed: true }),
      ],
      form: {
        fields: [
          ...applicant,
          F.propertyAddress,
          {
            key: 'utilities',
            label: '需过户的业务',
            type: 'multiselect',
            required: true,
            options: [
              { value: 'water', label: '自来水' },
              { value: 'power', label: '电' },
              { value: 'gas', label: '管道燃气' },
            ],
          },
          { key: 'waterAccount', label: '自来水户号', type: 'text', required: false, rules: { maxLength: 30 } },
          { key: 'powerAccount', label: '电力户号', type: 'text', required: false, rules: { maxLength: 30 } },
          { key: 'gasAccount', label: '燃气户号', type: 'text', required: false, rules: { maxLength: 30 } },
        ],
      },
      process: ['网上申请', '联合窗口受理', '供水、供电、燃气公司同步办理', '短信告知过户结果'],
      legalDays: 5,
      promisedDays: 1,
      fee: { amount: 0 },
      // 电子送达: the 办理结果通知书 is downloaded (过户结果短信告知), so 零跑腿 is kept without a parcel
      delivery: { window: true, express: false, expressFee: 0, electronic: true },
      windows: [counter(HALL_1, 'A11')],
      trips: 0,
      commitment: commitmentTerms('原户主缴费凭证可在过户后补交，补交前产生的费用由本人结清', 5, true),
    },
  },
];
