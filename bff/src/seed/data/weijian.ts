import {
  applicant,
  counter,
  F,
  HALL_2,
  M,
  type FormField,
  type SeedItem,
  commitmentTerms,
  DEPARTMENT_PHONES,
  resultSample,
} from './common';

const DEPARTMENT = '县卫生健康局';

const clinicFields: FormField[] = [
  ...applicant,
  { key: 'clinicName', label: '诊所名称', type: 'text', required: true, rules: { minLength: 2, maxLength: 50 } },
  F.premisesAddress,
  F.premisesArea,
  {
    key: 'clinicDepartments',
    label: '诊疗科目',
    type: 'multiselect',
    required: true,
    options: [
      { value: 'general', label: '全科医疗科' },
      { value: 'internal', label: '内科' },
      { value: 'surgery', label: '外科' },
      { value: 'tcm', label: '中医科' },
      { value: 'dental', label: '口腔科' },
    ],
  },
  { key: 'bedCount', label: '观察床数', type: 'number', required: true, rules: { min: 0, max: 20 } },
];

/** 县卫生健康局: the two steps of opening a community clinic (社区门诊设立). */
export const weijianItems: SeedItem[] = [
  {
    code: 'ZHENSUO-SHELI',
    popularity: 40,
    guide: {
      name: '社区门诊（诊所）设立',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('ZHENSUO-SHELI'),
      kind: '行政许可',
      legalBasis: '《医疗机构管理条例》第九条；《医疗机构管理条例实施细则》；《诊所备案管理暂行办法》',
      conditions: ['符合本县医疗机构设置规划', '主要负责人取得医师执业证书并从事5年以上同一专业临床工作'],
      materials: [
        M.idCard,
        M.doctorCert,
        M.premisesProof,
        M.layoutPlan,
        M.material('feasibility_report', '设置可行性研究报告', '中介服务类', { gapAllowed: true }),
      ],
      form: { fields: clinicFields },
      process: ['网上申请', '综合窗口受理', '联合踏勘', '审核', '出具设置批准文件'],
      legalDays: 30,
      promisedDays: 10,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: 1200 },
      windows: [counter(HALL_2, 'B08')],
      trips: 1,
      commitment: commitmentTerms('可行性研究报告可在现场审核前补交', 10),
    },
  },
  {
    code: 'YLJG-ZHIYE',
    popularity: 35,
    guide: {
      name: '医疗机构执业许可',
      department: DEPARTMENT,
      consultationPhone: DEPARTMENT_PHONES[DEPARTMENT],
      resultSample: resultSample('YLJG-ZHIYE'),
      kind: '行政许可',
      legalBasis: '《医疗机构管理条例》第十五条至第十七条；《医疗机构管理条例实施细则》',
      conditions: ['已取得设置医疗机构批准书或完成诊所备案', '房屋、设备、人员符合医疗机构基本标准'],
      materials: [
        M.idCard,
        M.doctorCert,
        M.premisesProof,
        M.layoutPlan,
        M.equipmentList,
        M.material('nurse_cert', '护士执业证书', '证件类', { gapAllowed: true }),
        // 告知承诺制: the signed commitment replaces the certificate; the department checks it afterwards
        M.material('fire_inspection', '消防安全检查合格证明', '中介服务类', { satisfiedBy: 'commitment' }),
      ],
      form: {
        fields: [
          ...clinicFields,
          { key: 'staffCount', label: '卫生技术人员数', type: 'number', required: true, rules: { min: 1, max: 500 } },
        ],
      },
      process: ['网上申请', '综合窗口受理', '现场验收', '审批', '核发医疗机构执业许可证'],
      legalDays: 45,
      promisedDays: 15,
      fee: { amount: 0 },
      delivery: { window: true, express: true, expressFee: 1200 },
      windows: [counter(HALL_2, 'B08')],
      trips: 1,
      commitment: commitmentTerms('消防安全符合要求，护士执业证书可在执业登记前补交，接受卫生健康部门事后核查', 10),
    },
  },
];
