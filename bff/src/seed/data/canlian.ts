import { applicant, counter, HALL_1, M, type SeedItem, DEPARTMENT_PHONES, resultSample, FORM_FILES } from './common';

/** 县残疾人联合会: the disability certificate (after the assessment at a designated hospital). */
export const canlianItems: SeedItem[] = [
  {
    code: 'CANJIREN-ZHENG',
    popularity: 45,
    guide: {
      name: '残疾人证办理',
      department: '县残疾人联合会',
      consultationPhone: DEPARTMENT_PHONES['县残疾人联合会'],
      resultSample: resultSample('CANJIREN-ZHENG'),
      kind: '公共服务',
      legalBasis: '《中华人民共和国残疾人保障法》；《中华人民共和国残疾人证管理办法》',
      conditions: ['本县户籍', '符合《残疾人残疾分类和分级》国家标准'],
      materials: [
        M.idCard,
        M.householdRegister,
        M.photo,
        M.material(
          'disability_assessment',
          '残疾评定表（指定医院出具）',
          '中介服务类',
          FORM_FILES.disabilityAssessment,
        ),
        M.material('guardian_id', '监护人身份证（代为申请时）', '证件类', { required: false, formats: ['jpg', 'png'] }),
      ],
      form: {
        fields: [
          ...applicant,
          {
            key: 'disabilityType',
            label: '残疾类别',
            type: 'select',
            required: true,
            options: [
              { value: 'vision', label: '视力残疾' },
              { value: 'hearing', label: '听力残疾' },
              { value: 'speech', label: '言语残疾' },
              { value: 'physical', label: '肢体残疾' },
              { value: 'intellectual', label: '智力残疾' },
              { value: 'mental', label: '精神残疾' },
              { value: 'multiple', label: '多重残疾' },
            ],
          },
          { key: 'guardianName', label: '监护人姓名', type: 'text', required: false, rules: { maxLength: 30 } },
          { key: 'guardianPhone', label: '监护人电话', type: 'phone', required: false },
        ],
      },
      process: ['网上申请', '到指定医院残疾评定（只跑一次）', '县残联审核', '制证并快递送达'],
      legalDays: 30,
      promisedDays: 10,
      fee: { amount: 0, basis: '免费办理，评定费用由财政承担' },
      delivery: { window: true, express: true, expressFee: 0 },
      windows: [counter(HALL_1, 'A04')],
      trips: 1,
    },
  },
];
