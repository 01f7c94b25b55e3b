import { applicant, counter, F, HALL_2, M, type SeedItem, DEPARTMENT_PHONES, resultSample, FORM_FILES } from './common';

/** 县税务局: deed tax, filed at the joint 不动产/税务 window (国地税联合通办). */
export const shuiwuItems: SeedItem[] = [
  {
    code: 'QISHUI-SHENBAO',
    popularity: 75,
    guide: {
      name: '契税申报（存量房交易）',
      department: '县税务局',
      consultationPhone: DEPARTMENT_PHONES['县税务局'],
      resultSample: resultSample('QISHUI-SHENBAO'),
      kind: '公共服务',
      legalBasis: '《中华人民共和国契税法》；《中华人民共和国税收征收管理法》',
      conditions: ['在本县境内转移土地、房屋权属的承受方', '已签订存量房买卖合同'],
      materials: [
        M.idCard,
        M.propertyCert,
        M.saleContract,
        M.material('sole_home_statement', '家庭住房情况书面查询结果或承诺书', '文书类', {
          required: false,
          sample: '享受家庭唯一住房、第二套改善性住房税率优惠时提供',
          ...FORM_FILES.soleHomeStatement,
        }),
      ],
      form: {
        fields: [
          ...applicant,
          F.propertyAddress,
          F.propertyCertNo,
          F.dealPrice,
          F.floorArea,
          {
            key: 'homeCount',
            label: '家庭住房情况',
            type: 'select',
            required: true,
            options: [
              { value: 'first', label: '家庭唯一住房' },
              { value: 'second', label: '家庭第二套改善性住房' },
              { value: 'other', label: '其他' },
            ],
          },
        ],
      },
      process: ['网上申报', '税务窗口审核计税', '缴纳税款', '完税凭证推送不动产登记'],
      legalDays: 5,
      promisedDays: 1,
      fee: { amount: 0, basis: '办理不收费；契税按核定计税价格依法缴纳，不属于办理费用' },
      // 电子送达: the 办理结果通知书 is downloaded (完税凭证推送登记), so 零跑腿 is kept without a parcel
      delivery: { window: true, express: false, expressFee: 0, electronic: true },
      windows: [counter(HALL_2, 'B03')],
      trips: 0,
    },
  },
];
