import { applicant, counter, HALL_1, M, type SeedItem, DEPARTMENT_PHONES, resultSample } from './common';

/** 县住房公积金管理中心: withdrawals, mostly online. */
export const gongjijinItems: SeedItem[] = [
  {
    code: 'GJJ-TIQU',
    popularity: 80,
    guide: {
      name: '住房公积金提取',
      department: '县住房公积金管理中心',
      consultationPhone: DEPARTMENT_PHONES['县住房公积金管理中心'],
      resultSample: resultSample('GJJ-TIQU'),
      kind: '公共服务',
      legalBasis: '《住房公积金管理条例》第二十四条',
      conditions: [
        '购买、建造、翻建、大修自住住房',
        '偿还购房贷款本息',
        '租房自住且无自有住房',
        '离休、退休或出境定居',
      ],
      materials: [
        M.idCard,
        M.bankCard,
        M.material('purpose_proof', '提取用途证明（购房合同及发票、租赁合同、退休证等）', '文书类'),
      ],
      form: {
        fields: [
          ...applicant,
          {
            key: 'withdrawReason',
            label: '提取原因',
            type: 'select',
            required: true,
            options: [
              { value: 'purchase', label: '购买自住住房' },
              { value: 'loan', label: '偿还购房贷款本息' },
              { value: 'rent', label: '租房自住' },
              { value: 'retire', label: '离休、退休' },
              { value: 'emigrate', label: '出境定居' },
            ],
          },
          { key: 'withdrawAmount', label: '提取金额（元）', type: 'money', required: true, rules: { min: 100 } },
          {
            key: 'bankAccount',
            label: '收款银行卡号',
            type: 'text',
            required: true,
            rules: { pattern: '^[0-9]{12,19}$' },
          },
          { key: 'bankName', label: '开户银行', type: 'text', required: true, rules: { maxLength: 40 } },
        ],
      },
      process: ['网上申请', '公积金中心审核', '资金划转至本人银行卡'],
      legalDays: 3,
      promisedDays: 1,
      fee: { amount: 0 },
      // 电子送达: the 办理结果通知书 is downloaded (资金划至银行卡), so 零跑腿 is kept without a parcel
      delivery: { window: true, express: false, expressFee: 0, electronic: true },
      windows: [counter(HALL_1, 'A09')],
      trips: 0,
    },
  },
];
