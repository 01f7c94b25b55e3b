import { applicant, counter, F, HALL_2, M, type SeedItem, commitmentTerms } from './common';

const DEPARTMENT = '县市场监督管理局';

/** 县市场监督管理局: the licences of 药店设立 (营业执照 → 药品 and 食品经营许可). */
export const shichangItems: SeedItem[] = [
  {
    code: 'GETI-YINGYE',
    popularity: 90,
    guide: {
      name: '营业执照（个体工商户）',
      department: DEPARTMENT,
      kind: '行政许可',
      legalBasis: '《中华人民共和国市场主体登记管理条例》；《促进个体工商户发展条例》',
      conditions: ['有经营能力的自然人', '有固定的经营场所', '经营范围不属于禁止个人经营的项目'],
      materials: [
        M.idCard,
        // 住所（经营场所）申报承诺制: the signed commitment replaces the proof, checked afterwards
        { ...M.premisesProof, satisfiedBy: 'commitment' },
      ],
      form: {
        fields: [
          ...applicant,
          F.storeName,
          F.premisesAddress,
          {
            key: 'businessScope',
            label: '经营范围',
            type: 'textarea',
            required: true,
            rules: { minLength: 2, maxLength: 500 },
          },
          {
            key: 'organizationForm',
            label: '组成形式',
            type: 'select',
            required: true,
            options: [
              { value: 'personal', label: '个人经营' },
              { value: 'family', label: '家庭经营' },
            ],
          },
          { key: 'capital', label: '资金数额（元）', type: 'money', required: true, rules: { min: 0 } },
          { key: 'employees', label: '从业人数', type: 'number', required: false, rules: { min: 0, max: 9999 } },
        ],
      },
      process: ['网上申报', '综合窗口受理', '登记审核', '核发营业执照（电子执照同步发放）', '政务快递送达纸质执照'],
      legalDays: 3,
      promisedDays: 1,
      fee: { amount: 0, basis: '营业执照登记不收费' },
      delivery: { window: true, express: true, expressFee: 0 },
      windows: [counter(HALL_2, 'B05')],
      trips: 0,
      commitment: commitmentTerms('申报的经营场所真实、合法、安全，符合城乡规划和有关规定，接受登记机关事后核查', 3),
      licence: { type: '营业执照' },
    },
  },
  {
    code: 'YAOPIN-JINGYING',
    popularity: 45,
    guide: {
      name: '药品经营许可证（零售）',
      department: DEPARTMENT,
      kind: '行政许可',
      legalBasis: '《中华人民共和国药品管理法》第五十一条、第五十二条；《药品经营和使用质量监督管理办法》',
      conditions: [
        '依法经过资格认定的药师或者其他药学技术人员',
        '与所经营药品相适应的营业场所、设备、仓储设施和卫生环境',
        '与所经营药品相适应的质量管理机构或者人员、质量管理制度',
      ],
      materials: [
        M.idCard,
        M.businessLicense,
        M.premisesProof,
        M.layoutPlan,
        M.material('pharmacist_cert', '执业药师注册证', '证件类'),
        M.material('quality_system', '药品质量管理制度文件', '文书类', { gapAllowed: true }),
      ],
      form: {
        fields: [
          ...applicant,
          F.storeName,
          F.premisesAddress,
          F.premisesArea,
          {
            key: 'drugScope',
            label: '经营范围',
            type: 'multiselect',
            required: true,
            options: [
              { value: 'tcm_pieces', label: '中药饮片' },
              { value: 'tcm_patent', label: '中成药' },
              { value: 'chemical', label: '化学药制剂' },
              { value: 'antibiotic', label: '抗生素制剂' },
              { value: 'biochemical', label: '生化药品' },
              { value: 'biological', label: '生物制品（除疫苗）' },
            ],
          },
          { key: 'pharmacistName', label: '执业药师姓名', type: 'text', required: true, rules: { maxLength: 30 } },
        ],
      },
      process: ['网上申请', '综合窗口受理', '现场检查（联合踏勘）', '审批', '发证并快递送达'],
      legalDays: 30,
      promisedDays: 15,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: 0 },
      windows: [counter(HALL_2, 'B06')],
      trips: 1,
      commitment: commitmentTerms('药品质量管理制度文件可在现场检查前补交，开业前配齐执业药师并落实质量管理制度', 5),
    },
  },
  {
    code: 'SHIPIN-JINGYING',
    popularity: 65,
    guide: {
      name: '食品经营许可证',
      department: DEPARTMENT,
      kind: '行政许可',
      legalBasis: '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》',
      conditions: ['具有与经营的食品品种、数量相适应的经营场所', '有食品安全管理人员和保证食品安全的规章制度'],
      materials: [
        M.idCard,
        M.businessLicense,
        M.premisesProof,
        M.layoutPlan,
        // 告知承诺制 (食品经营许可): the commitment replaces the document, checked on site afterwards
        M.material('food_safety_system', '食品安全管理制度', '文书类', { satisfiedBy: 'commitment' }),
      ],
      form: {
        fields: [
          ...applicant,
          F.storeName,
          F.premisesAddress,
          F.premisesArea,
          {
            key: 'foodCategories',
            label: '经营项目',
            type: 'multiselect',
            required: true,
            options: [
              { value: 'prepackaged', label: '预包装食品销售' },
              { value: 'bulk', label: '散装食品销售' },
              { value: 'health_food', label: '保健食品销售' },
              { value: 'special_medical', label: '特殊医学用途配方食品销售' },
            ],
          },
        ],
      },
      process: ['网上申请', '综合窗口受理', '材料审查（必要时现场核查）', '发证并快递送达'],
      legalDays: 10,
      promisedDays: 5,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: 0 },
      windows: [counter(HALL_2, 'B06')],
      trips: 0,
      commitment: commitmentTerms('经营场所、设施设备和食品安全管理制度符合《食品经营许可审查通则》，接受许可后现场核查', 5, true),
    },
  },
];
