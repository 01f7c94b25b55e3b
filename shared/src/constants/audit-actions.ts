import { timelineLabel } from './timeline';

/**
 * The audit log's actions (`audit_logs.action`) in the words of the console, grouped as its filter
 * lists them. A staff member's change of a case is `case.<timeline action>` (read through the
 * timeline's labels); an action missing here still shows, by its code.
 */
export const AUDIT_ACTION_GROUPS: ReadonlyArray<{ title: string; actions: Readonly<Record<string, string>> }> = [
  {
    title: '人员与设置',
    actions: {
      'user.search': '按手机号或身份证号查找人员',
      'user.roles': '修改人员角色',
      'profile.verify': '实名认证',
      'consent.agreed': '同意服务协议、隐私政策或敏感信息处理',
      'consent.withdrawn': '撤回同意',
      'account.export': '导出个人信息',
      'account.deleted': '注销账号',
      'config.stations': '修改代办服务站点名单',
      'config.courier_companies': '修改快递公司名单',
      'config.hall': '修改受审分离设置',
      'config.centre': '修改中心名称、地址和电话',
      'holidays.put': '保存节假日安排',
      'qrcode.create': '生成二维码',
      'audit.export': '导出审计日志',
      'catalog.item.put': '保存事项办事指南',
      'catalog.chain.put': '保存一链办理',
      'catalog.item.draft.save': '保存事项草稿',
      'catalog.item.draft.delete': '放弃事项草稿',
      'catalog.file.upload': '上传样表、空白表格或结果样本',
      'supervision.export': '导出效能监察报表',
      'hall.group.put': '保存窗口分组',
    },
  },
  {
    title: '办件',
    actions: {
      'case.read': '查看办件',
      'case.created': '代办员新建办件',
      'case.edit': '修改申请表',
      'case.delivery': '选择送达方式',
      'case.material': '上传材料',
      'case.licence': '使用电子证照',
      'case.licence_removed': '取消使用电子证照',
      'case.commitment': '签署或撤回承诺书',
      'case.submitted': '提交申请',
      'case.resubmitted': '补正后重新提交',
      'case.withdrawn': '撤回申请',
      'case.payment': '发起缴费',
      'case.certificate': '下载电子办理结果',
      'case.accepted': '受理',
      'case.supplement_requested': '一次性告知补正',
      'case.rejected': '不予受理',
      'case.item_approved': '事项审批通过',
      'case.item_denied': '事项不予许可',
      'case.issued': '出证',
      'case.completed': '办结',
      'case.verified': '核查承诺事项',
      'followup.close': '差评回访办结',
      'upload.read': '查看他人上传的文件',
    },
  },
  {
    title: '代办授权',
    actions: {
      'authorization.paper': '上传纸质授权书',
      'authorization.confirmed': '申请人确认代办授权',
      'authorization.revoked': '申请人撤销代办授权',
    },
  },
  {
    title: '柜台受理',
    actions: {
      'counter.person.read': '柜台查询人员',
      'counter.person.register': '柜台登记人员',
      'counter.person.update': '柜台更新人员信息',
      'counter.case.created': '柜台新建办件',
      'counter.case.read': '柜台查看办件',
      'counter.case.edit': '柜台修改申请表',
      'counter.case.material': '柜台上传材料',
      'counter.case.original': '原件核验',
      'counter.case.accepted': '柜台受理',
      'counter.case.refused': '柜台一次性告知',
      'counter.receipt.read': '查看回执',
      'counter.receipt.print': '打印回执',
      'counter.receipt.sms': '短信发送回执',
      'counter.receipt.download': '申请人下载回执',
    },
  },
  {
    title: '叫号与快递',
    actions: {
      'hall.ticket.call': '叫号',
      'hall.ticket.recall': '重新叫号',
      'hall.ticket.no_show': '过号',
      'hall.ticket.serve': '开始办理',
      'hall.ticket.done': '办理完毕',
      'hall.ticket.transfer': '转其他窗口',
      'shipment.picked_up': '快递员揽收',
      'shipment.failed_attempt': '投递未成功',
      'shipment.receipt_code_wrong': '签收码错误',
      'shipment.locked': '快件锁定',
      'shipment.delivered': '快递签收',
    },
  },
  {
    title: '投诉建议',
    actions: {
      'complaint.read': '查看投诉建议',
      'complaint.answer': '答复投诉建议',
    },
  },
];

const LABELS: Readonly<Record<string, string>> = Object.assign({}, ...AUDIT_ACTION_GROUPS.map((g) => g.actions));

/** An action in Chinese: its label, a case's change by its timeline label, else the code itself. */
export function auditActionLabel(action: string): string {
  const known = Object.prototype.hasOwnProperty.call(LABELS, action) ? LABELS[action] : undefined;
  if (known) return known;
  if (action.startsWith('case.')) {
    const event = action.slice('case.'.length);
    const label = timelineLabel(event);
    return label === event ? action : `办件：${label}`;
  }
  return action;
}
