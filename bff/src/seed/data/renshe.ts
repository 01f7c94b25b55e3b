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

const LEVELS = [100, 200, 300, 500, 1000, 2000, 3000, 5000];

/** 县人力资源和社会保障局: residents' pension insurance, applied and paid from a phone. */
export const rensheItems: SeedItem[] = [
  {
    code: 'JUMIN-YANGLAO',
    popularity: 85,
    guide: {
      name: '城乡居民养老保险参保缴费',
      department: '县人力资源和社会保障局',
      consultationPhone: DEPARTMENT_PHONES['县人力资源和社会保障局'],
      resultSample: resultSample('JUMIN-YANGLAO'),
      kind: '公共服务',
      legalBasis:
        '《中华人民共和国社会保险法》第二十条至第二十二条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
      conditions: [
        '年满16周岁（不含在校学生）',
        '非国家机关和事业单位工作人员',
        '不属于职工基本养老保险覆盖范围',
        '本县户籍',
      ],
      materials: [M.idCard, { ...M.householdRegister, gapAllowed: true }],
      form: {
        fields: [
          ...applicant,
          {
            key: 'contributionLevel',
            label: '缴费档次（元/年）',
            type: 'select',
            required: true,
            options: LEVELS.map((yuan) => ({ value: String(yuan), label: `${yuan}元` })),
          },
          {
            key: 'insuredType',
            label: '参保身份',
            type: 'select',
            required: true,
            options: [
              { value: 'ordinary', label: '普通居民' },
              { value: 'low_income', label: '低保对象（政府代缴）' },
              { value: 'disabled', label: '重度残疾人（政府代缴）' },
            ],
          },
        ],
      },
      process: ['手机在线参保登记', '人社窗口即时审核', '通过税务渠道缴费', '参保缴费记录可在线查询'],
      legalDays: 5,
      promisedDays: 0,
      fee: { amount: 0, basis: '办理不收费；养老保险费按所选档次另行缴纳' },
      // 电子送达: the 办理结果通知书 is downloaded (缴费记录在线可查), so 零跑腿 is kept without a parcel
      delivery: { window: true, express: false, expressFee: 0, electronic: true },
      windows: [counter(HALL_1, 'A07')],
      trips: 0,
      commitment: commitmentTerms('户口簿可在受理后补交，逾期未补的，参保登记予以撤销', 5, true),
    },
  },
];
