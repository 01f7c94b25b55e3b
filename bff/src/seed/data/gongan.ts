import {
  applicant,
  counter,
  HALL_1,
  M,
  type SeedItem,
  commitmentTerms,
  DEPARTMENT_PHONES,
  resultSample,
  FORM_FILES,
} from './common';

const DEPARTMENT = '县公安局';

/** 县公安局 户政: moving a household registration, and the residence permit. */
export const gonganItems: SeedItem[] = [
  {
    code: 'HUJI-QIANYI',
    popularity: 60,
    guide: {
      name: '户籍迁移（迁入本县）',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('HUJI-QIANYI'),
      kind: '行政许可',
      legalBasis: '《中华人民共和国户口登记条例》第十条、第十三条；《山东省户口登记管理规定》',
      conditions: ['在本县购房、就业、投靠亲属、婚嫁或升学', '符合本县户口迁移政策'],
      materials: [
        M.idCard,
        M.householdRegister,
        M.photo,
        M.material('move_basis', '迁入依据（不动产权证书、劳动合同、结婚证或亲属关系证明）', '文书类'),
        M.material('migration_cert', '户口迁移证（跨省迁移需提供）', '批文类', { required: false }),
      ],
      form: {
        fields: [
          ...applicant,
          {
            key: 'moveReason',
            label: '迁入原因',
            type: 'select',
            required: true,
            options: [
              { value: 'house', label: '购房落户' },
              { value: 'relative', label: '投靠亲属' },
              { value: 'marriage', label: '婚嫁' },
              { value: 'job', label: '就业' },
              { value: 'school', label: '升学' },
            ],
          },
          { key: 'fromRegion', label: '原户籍地', type: 'region', required: true },
          {
            key: 'toAddress',
            label: '迁入地址',
            type: 'text',
            required: true,
            rules: { minLength: 4, maxLength: 120 },
          },
          { key: 'movers', label: '随迁人数', type: 'number', required: false, rules: { min: 0, max: 10 } },
        ],
      },
      process: ['网上申请', '户政窗口审核', '签发准予迁入证明（省内迁移网上流转）', '到窗口办理落户并领取户口簿'],
      legalDays: 20,
      promisedDays: 5,
      fee: { amount: 0 },
      delivery: { window: true, express: false, expressFee: 0 },
      windows: [counter(HALL_1, 'A05')],
      trips: 1,
    },
  },
  {
    code: 'JUZHUZHENG',
    popularity: 50,
    guide: {
      name: '居住证办理',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('JUZHUZHENG'),
      kind: '公共服务',
      legalBasis: '《居住证暂行条例》；《山东省居住证管理办法》',
      conditions: ['离开常住户口所在地到本县居住半年以上', '有合法稳定就业、合法稳定住所或连续就读之一'],
      materials: [
        M.idCard,
        M.photo,
        M.material('residence_proof', '居住证明（租赁合同或房屋产权证明）', '文书类', FORM_FILES.residenceProof),
        M.material('employment_proof', '就业或就读证明', '文书类', { gapAllowed: true, ...FORM_FILES.employmentProof }),
      ],
      form: {
        fields: [
          ...applicant,
          { key: 'homeRegion', label: '户籍所在地', type: 'region', required: true },
          {
            key: 'residenceAddress',
            label: '本县居住地址',
            type: 'text',
            required: true,
            rules: { minLength: 4, maxLength: 120 },
          },
          { key: 'residenceSince', label: '开始居住日期', type: 'date', required: true },
        ],
      },
      process: ['网上申请', '社区民警核实居住信息', '窗口采集照片、指纹（只跑一次）', '制证并快递送达'],
      legalDays: 15,
      promisedDays: 7,
      fee: { amount: 0, basis: '首次申领免费' },
      delivery: { window: true, express: true, expressFee: 1200 },
      windows: [counter(HALL_1, 'A05'), counter(HALL_1, 'A06')],
      trips: 1,
      commitment: commitmentTerms('就业或就读证明可在受理后补交，逾期未补的，居住证不予签发', 5),
    },
  },
];
