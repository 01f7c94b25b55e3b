import { type ChainInput } from '@onetrip/shared';

/** A demo chain (一链办理) and the fixed token of its QR code. */
export interface SeedChain {
  code: string;
  qrToken: string;
  chain: ChainInput;
}

export const seedChains: SeedChain[] = [
  {
    code: 'ESF-JIAOYI',
    qrToken: 'c-esf',
    chain: {
      name: '二手房交易',
      leadDepartment: '县自然资源局（不动产登记中心）',
      items: ['BDC-ZHUANYI', 'QISHUI-SHENBAO', 'SDQ-GUOHU'],
      description: '不动产转移登记、契税申报、水电气过户一窗受理、并联办理，身份证、不动产权证书、买卖合同只交一次',
    },
  },
  {
    code: 'YAODIAN-SHELI',
    qrToken: 'c-yaodian',
    chain: {
      name: '药店设立',
      leadDepartment: '县市场监督管理局',
      items: ['GETI-YINGYE', 'YAOPIN-JINGYING', 'SHIPIN-JINGYING'],
      description: '营业执照、药品经营许可证（零售）、食品经营许可证一表申请、联合踏勘、统一发证',
    },
  },
  {
    code: 'MENZHEN-SHELI',
    qrToken: 'c-menzhen',
    chain: {
      name: '社区门诊开办',
      leadDepartment: '县卫生健康局',
      items: ['ZHENSUO-SHELI', 'YLJG-ZHIYE'],
      description: '诊所设立与执业许可一次申请、联合踏勘，诊所材料只交一次',
    },
  },
];
