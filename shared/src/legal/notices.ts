import { type LegalText } from './types';

/** The separate notice asked before real-name verification: the ID number is sensitive personal information. */
export const SENSITIVE_ID_NOTICE: LegalText = {
  kind: 'sensitive-id',
  version: '1.0',
  title: '身份证号处理告知',
  effectiveDate: '2026-12-10',
  summary: '实名认证需要处理您的身份证号。身份证号属于敏感个人信息，请阅读以下说明后决定是否同意。',
  sections: [
    {
      heading: '用途',
      paragraphs: [
        '核验您的身份：把您的姓名和身份证号交给实名核验服务比对，确认是您本人。',
        '办事时使用：在您的申请表中自动填入，随申请提交给办理部门；代办员或窗口为您办事时，用它找到您的办件和电子证照。',
      ],
    },
    {
      heading: '为什么必要',
      paragraphs: ['政务服务事项依法需要确认申请人身份，不实名就无法以您的名义在线申请。'],
    },
    {
      heading: '如何保护',
      paragraphs: [
        '身份证号加密保存，页面只显示首尾几位；工作人员查看完整号码时系统会记录。注销账号后，账号中的身份证号即被删除；已提交的办件按档案规定保存。',
      ],
    },
    {
      heading: '不同意会怎样',
      paragraphs: ['不同意不能在线实名和申请，但仍可浏览办事指南、查询进度，也可以带身份证到大厅窗口办理。'],
    },
  ],
};

/** The separate notice asked before the first upload of an identity document (身份证件照片). */
export const ID_PHOTO_NOTICE: LegalText = {
  kind: 'id-photo',
  version: '1.0',
  title: '身份证件照片处理告知',
  effectiveDate: '2026-12-10',
  summary: '您将上传身份证件的照片。证件照片属于敏感个人信息，请阅读以下说明后决定是否同意。',
  sections: [
    {
      heading: '用途',
      paragraphs: ['只用于本次申请：随申请提交给办理该事项的部门，由工作人员核对身份，作为办件材料。'],
    },
    {
      heading: '如何保护',
      paragraphs: [
        '照片加密保存，只有您、您授权的代办员和办理您办件的工作人员能查看，工作人员查看时系统会记录。',
        '没有用于任何办件的照片 1 天后自动删除；已提交办件中的照片属于办件档案，按规定期限保存。',
      ],
    },
    {
      heading: '不同意会怎样',
      paragraphs: ['不同意不能在线上传证件照片，可以改到大厅窗口出示证件原件办理。'],
    },
  ],
};
