import {
  applicant,
  counter,
  F,
  HALL_2,
  M,
  type SeedItem,
  commitmentTerms,
  DEPARTMENT_PHONES,
  resultSample,
  FORM_FILES,
} from './common';

/** 不动产登记中心: the registration at the heart of 二手房交易. */
export const budongchanItems: SeedItem[] = [
  {
    code: 'BDC-ZHUANYI',
    popularity: 92,
    guide: {
      name: '不动产转移登记（二手房买卖）',
      department: '县自然资源局（不动产登记中心）',
      consultationPhone: DEPARTMENT_PHONES['县自然资源局（不动产登记中心）'],
      resultSample: resultSample('BDC-ZHUANYI'),
      kind: '行政许可',
      legalBasis:
        '《中华人民共和国民法典》第二百零九条；《不动产登记暂行条例》第三条、第二十条；《不动产登记暂行条例实施细则》',
      conditions: [
        '房屋已取得不动产权证书且无查封、异议登记',
        '买卖双方已签订存量房买卖合同并完成网签备案',
        '房屋设有抵押的，已办理抵押注销或经抵押权人同意转让',
      ],
      materials: [
        M.idCard,
        M.householdRegister,
        M.marriageCert,
        M.propertyCert,
        M.saleContract,
        M.material('deed_tax_receipt', '契税完税凭证', '批文类', {
          required: false,
          sample: '一链办理时由税务窗口内部推送，无需另行提交',
        }),
        M.material('mortgage_consent', '抵押权人同意转让的书面意见', '文书类', {
          required: false,
          ...FORM_FILES.mortgageConsent,
        }),
      ],
      form: {
        fields: [
          ...applicant,
          { key: 'sellerName', label: '出卖人姓名', type: 'text', required: true, rules: { maxLength: 30 } },
          { key: 'sellerIdNumber', label: '出卖人身份证号', type: 'idNumber', required: true },
          F.propertyAddress,
          F.propertyCertNo,
          F.dealPrice,
          F.floorArea,
        ],
      },
      process: [
        '网上申请、上传材料',
        '综合窗口一次受理',
        '登记审核（与契税、水电气过户并联办理）',
        '登簿发证',
        '窗口领取或邮寄送达',
      ],
      legalDays: 30,
      promisedDays: 5,
      // 核准登记后缴费: charged only for a registration that is granted (denied: nothing to refund).
      fee: { amount: 8000, basis: '住宅类不动产登记费每件80元（含第一本证书工本费），核准登记后缴纳', due: 'approval' },
      delivery: { window: true, express: true, expressFee: 1200 },
      windows: [counter(HALL_2, 'B01'), counter(HALL_2, 'B02')],
      trips: 1,
      commitment: commitmentTerms('婚姻状况证明可在登簿前补交', 5),
      licence: { type: '不动产权证书' },
    },
  },
];
