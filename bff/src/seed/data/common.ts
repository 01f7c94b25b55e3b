import { type CommitmentTerms, type FormField, type ItemInput, type Material } from '@onetrip/shared';
import { FORM_FILES, LAYOUT_SAMPLE, PHOTO_SAMPLE } from '../catalog-files';

export { FORM_FILES, resultSample } from '../catalog-files';

export type { FormField };

/** A demo item: its code, the guide, and its rank in lists. */
export interface SeedItem {
  code: string;
  popularity: number;
  guide: ItemInput;
}

type Category = Material['category'];
const ALL_FORMATS: Material['formats'] = ['jpg', 'png', 'pdf'];
const IMAGES: Material['formats'] = ['jpg', 'png'];

function material(
  code: string,
  name: string,
  category: Category,
  opts: Partial<Omit<Material, 'code' | 'name' | 'category'>> = {},
): Material {
  return { code, name, category, required: true, gapAllowed: false, formats: ALL_FORMATS, ...opts };
}

/**
 * 承诺书 (容缺受理, 告知承诺制): the centre's standard wording around the item's
 * own promise, the working days the gaps are due in, and whether the
 * certificate may be issued before they are closed.
 */
export function commitmentTerms(promise: string, gapDays: number, issueBeforeGaps = false): CommitmentTerms {
  const text = `本人承诺：所填信息和所交材料真实、合法、有效；${promise}；如未按期补齐材料或承诺不实，愿意承担撤销办理结果、记入信用记录等相应法律责任。`;
  return { text, gapDays, issueBeforeGaps };
}

/** Materials several items ask for, defined once so chains merge them by code. */
export const M = {
  idCard: material('id_card', '居民身份证（正反面）', '证件类', {
    formats: IMAGES,
    sample: '身份证正反面拍照，四角完整、字迹清晰',
    // the applicant's real-name verified identity stands for it (材料免提交)
    satisfiedBy: 'identity',
    // 分面上传: the two sides, one photo each
    slots: [
      { key: 'front', label: '人像面' },
      { key: 'back', label: '国徽面' },
    ],
  }),
  householdRegister: material('household_register', '居民户口簿（户主页及本人页）', '证件类'),
  photo: material('photo', '近期二寸免冠彩色照片（白底）', '证件类', {
    formats: IMAGES,
    sample: '露出双耳和眉毛，不戴帽子和深色眼镜，头顶到下巴约占照片高度的三分之二',
    sampleFile: PHOTO_SAMPLE,
  }),
  marriageCert: material('marriage_cert', '婚姻状况证明（结婚证、离婚证或单身声明）', '证件类', { gapAllowed: true }),
  propertyCert: material('property_cert', '不动产权证书（或房屋所有权证、国有土地使用证）', '证件类', {
    licenceTypes: ['不动产权证书'],
  }),
  saleContract: material('sale_contract', '存量房买卖合同（网签备案版）', '文书类'),
  businessLicense: material('business_license', '营业执照', '证件类', {
    gapAllowed: true,
    sample: '一链办理时营业执照由本链条内部流转，可容缺后补',
    // the 营业执照 an earlier GETI-YINGYE case issued stands for it (电子证照)
    licenceTypes: ['营业执照'],
  }),
  premisesProof: material(
    'premises_proof',
    '经营场所使用证明（产权证明或租赁合同）',
    '文书类',
    FORM_FILES.premisesProof,
  ),
  layoutPlan: material('layout_plan', '经营场所平面布局图', '文书类', { sampleFile: LAYOUT_SAMPLE }),
  doctorCert: material('doctor_cert', '医师资格证书及医师执业证书', '证件类'),
  equipmentList: material('equipment_list', '医疗设备清单', '文书类', FORM_FILES.equipmentList),
  bankCard: material('bank_card', '本人社会保障卡或银行卡', '证件类', { formats: IMAGES }),
  material,
};

/** Applicant fields, bound to the verified profile so they are filled in already. */
export const F = {
  applicantName: {
    key: 'applicantName',
    label: '申请人姓名',
    type: 'text',
    required: true,
    profile: 'profile.name',
    rules: { maxLength: 30 },
  },
  applicantIdNumber: {
    key: 'applicantIdNumber',
    label: '身份证号',
    type: 'idNumber',
    required: true,
    profile: 'profile.idNumber',
  },
  applicantPhone: { key: 'applicantPhone', label: '联系电话', type: 'phone', required: true, profile: 'profile.phone' },
  propertyAddress: {
    key: 'propertyAddress',
    label: '房屋坐落',
    type: 'text',
    required: true,
    rules: { minLength: 4, maxLength: 120 },
  },
  propertyCertNo: {
    key: 'propertyCertNo',
    label: '不动产权证号',
    type: 'text',
    required: true,
    rules: { maxLength: 40 },
  },
  dealPrice: { key: 'dealPrice', label: '成交价格（元）', type: 'money', required: true, rules: { min: 1 } },
  floorArea: {
    key: 'floorArea',
    label: '建筑面积（平方米）',
    type: 'number',
    required: true,
    rules: { min: 1, max: 10000 },
  },
  storeName: {
    key: 'storeName',
    label: '字号名称',
    type: 'text',
    required: true,
    rules: { minLength: 2, maxLength: 50 },
  },
  premisesAddress: {
    key: 'premisesAddress',
    label: '经营场所地址',
    type: 'text',
    required: true,
    rules: { minLength: 4, maxLength: 120 },
  },
  premisesArea: {
    key: 'premisesArea',
    label: '经营面积（平方米）',
    type: 'number',
    required: true,
    rules: { min: 1, max: 100000 },
  },
} satisfies Record<string, FormField>;

export const applicant: FormField[] = [F.applicantName, F.applicantIdNumber, F.applicantPhone];

/**
 * 咨询电话 of each department at the county centre (the centre's 0539-721 range, like its window groups; made up).
 */
export const DEPARTMENT_PHONES = {
  县民政局: '0539-7211203',
  '县自然资源局（不动产登记中心）': '0539-7211216',
  县税务局: '0539-7211228',
  县公用事业服务中心: '0539-7211235',
  县市场监督管理局: '0539-7211251',
  县卫生健康局: '0539-7211262',
  县人力资源和社会保障局: '0539-7211270',
  县住房公积金管理中心: '0539-7211286',
  县公安局: '0539-7211293',
  县残疾人联合会: '0539-7211307',
} as const;

/** The county centre's halls: people's-livelihood windows downstairs, approvals upstairs. */
export const HALL_1 = '县政务服务中心一楼';
export const HALL_2 = '县政务服务中心二楼';
export const counter = (hall: string, number: string) => ({ hall, number });
