import { type FormSpec } from './form-paper';

/** The centre, for forms several departments ask for. */
const CENTRE = '莒南县政务服务中心';

/**
 * The demo materials that are forms to fill in: each gets a 空白表格 and a
 * 样表. Sample values are made up; ID and phone numbers are shown masked, as
 * everywhere in the system.
 */
export const FORMS = {
  premisesProof: {
    title: '经营场所使用证明',
    issuer: CENTRE,
    rows: [
      { label: '场所产权人（出租人）', sample: '刘德胜' },
      { label: '使用人（承租人）', sample: '陈晓燕' },
      { label: '场所地址', sample: '山东省临沂市莒南县十字路街道人民路156号' },
      { label: '不动产权证号', sample: '鲁（2021）莒南县不动产权第0008899号' },
      { label: '使用面积', sample: '120 平方米' },
      { label: '房屋用途', sample: '■ 商业　□ 住宅　□ 其他' },
      { label: '使用期限', sample: '2026年1月1日至2028年12月31日' },
    ],
    statement: '本人同意将上述场所提供给使用人作为经营场所使用，所填内容真实有效。',
    signer: { label: '产权人（签名或盖章）', sample: '刘德胜' },
    sampleDate: '2026年1月5日',
  },
  equipmentList: {
    title: '医疗设备清单',
    issuer: '莒南县卫生健康局',
    rows: [
      { label: '医疗机构名称', sample: '莒南县十字路街道康宁诊所' },
      { label: '执业地址', sample: '山东省临沂市莒南县十字路街道人民路156号' },
    ],
    table: {
      columns: ['序号', '设备名称', '型号规格', '数量', '用途'],
      widths: [45, 140, 120, 60, 130],
      sampleRows: [
        ['1', '心电图机', 'ECG-1200', '1 台', '心电检查'],
        ['2', '诊查床', 'ZCC-A', '2 张', '体格检查'],
        ['3', '高压蒸汽灭菌器', 'YXQ-50', '1 台', '器械消毒'],
        ['4', '急救箱', '—', '1 套', '急救'],
      ],
      blankRows: 6,
    },
    statement: '以上设备均已到位并经检定合格，清单内容真实。',
    signer: { label: '主要负责人（签名）', sample: '赵明远' },
    sampleDate: '2026年1月5日',
  },
  soleHomeStatement: {
    title: '家庭住房情况承诺书',
    issuer: '国家税务总局莒南县税务局',
    rows: [
      { label: '承诺人姓名', sample: '王建国' },
      { label: '身份证号码', sample: '371327********1234' },
      { label: '配偶姓名', sample: '李秀梅' },
      { label: '配偶身份证号码', sample: '371327********2846' },
      { label: '未成年子女', sample: '王子涵' },
      { label: '所购房屋坐落', sample: '莒南县十字路街道民主路88号3号楼2单元501室', lines: 2 },
      { label: '家庭住房情况', sample: '■ 家庭唯一住房　□ 家庭第二套改善性住房' },
    ],
    statement: '本人承诺：以上所填家庭成员及住房情况真实、完整。如有虚假，愿意补缴税款、滞纳金，并承担相应的法律责任。',
    signer: { label: '承诺人（签名）', sample: '王建国' },
    sampleDate: '2026年1月5日',
  },
  mortgageConsent: {
    title: '抵押权人同意抵押不动产转让意见书',
    issuer: '莒南县不动产登记中心',
    rows: [
      { label: '抵押权人', sample: '中国农业银行股份有限公司莒南县支行' },
      { label: '抵押人', sample: '王建国' },
      { label: '不动产权证号', sample: '鲁（2023）莒南县不动产权第0012345号' },
      { label: '不动产坐落', sample: '莒南县十字路街道民主路88号3号楼2单元501室', lines: 2 },
      { label: '抵押登记证明号', sample: '鲁（2023）莒南县不动产证明第0004567号' },
      { label: '受让人', sample: '赵立新' },
      { label: '意见', sample: '同意上述抵押不动产转让，抵押权随不动产一并转移。', lines: 2 },
    ],
    signer: { label: '抵押权人（盖章）', sample: '农行莒南支行', sealed: true },
    sampleDate: '2026年1月5日',
  },
  residenceProof: {
    title: '居住证明',
    issuer: '莒南县公安局',
    rows: [
      { label: '姓名', sample: '陈晓燕' },
      { label: '身份证号码', sample: '320382********3629' },
      { label: '户籍地址', sample: '江苏省徐州市邳州市运河街道' },
      { label: '现居住地址', sample: '莒南县十字路街道人民路156号2单元302室', lines: 2 },
      { label: '居住起始日期', sample: '2025年9月1日' },
      { label: '房屋性质', sample: '■ 租赁　□ 自有　□ 借住' },
      { label: '房主（出租人）及电话', sample: '刘德胜　138****5678' },
    ],
    statement: '兹证明上述人员在本辖区居住属实。',
    signer: { label: '社区（村）居民委员会（盖章）', sample: '人民路社区', sealed: true },
    sampleDate: '2026年1月5日',
  },
  employmentProof: {
    title: '就业（就读）证明',
    issuer: '莒南县公安局',
    rows: [
      { label: '姓名', sample: '陈晓燕' },
      { label: '身份证号码', sample: '320382********3629' },
      { label: '工作（就读）单位', sample: '莒南县鸿运食品有限公司' },
      { label: '单位地址', sample: '莒南县经济开发区振兴路9号' },
      { label: '岗位（年级）', sample: '质检员' },
      { label: '入职（入学）日期', sample: '2025年8月15日' },
      { label: '单位联系人及电话', sample: '孙经理　0539-7258866' },
    ],
    statement: '兹证明该同志在我单位工作（就读）属实。',
    signer: { label: '单位（盖章）', sample: '鸿运食品', sealed: true },
    sampleDate: '2026年1月5日',
  },
  disabilityAssessment: {
    title: '残疾评定表',
    issuer: '莒南县残疾人联合会',
    rows: [
      { label: '姓名', sample: '张桂兰' },
      { label: '性别', sample: '女' },
      { label: '身份证号码', sample: '371327********0021' },
      { label: '残疾类别', sample: '肢体残疾' },
      { label: '评定级别', sample: '三级' },
      { label: '致残原因', sample: '疾病' },
      { label: '评定意见', sample: '左下肢功能障碍，符合肢体残疾三级标准。', lines: 2 },
      { label: '评定医师', sample: '张医生（主治医师）' },
      { label: '评定医院', sample: '莒南县人民医院（残疾评定定点医院）' },
    ],
    signer: { label: '评定医院（盖章）', sample: '县人民医院', sealed: true },
    sampleDate: '2026年1月5日',
  },
} satisfies Record<string, FormSpec>;
