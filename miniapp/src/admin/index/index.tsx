import Taro from '@tarojs/taro';
import { Cell, Section } from '@/components';
import { AdminPage } from '../common/AdminPage';
import { ADMIN_PAGES } from '../common/links';

const ENTRIES = [
  {
    id: 'supervision',
    title: '效能监察',
    desc: '各部门办件红黄灯、超期催办、窗口与人员效能、好差评',
    url: ADMIN_PAGES.supervision,
  },
  {
    id: 'complaints',
    title: '投诉建议',
    desc: '群众对办件、窗口和中心服务的投诉建议，5 个工作日内答复',
    url: ADMIN_PAGES.complaints(),
  },
  {
    id: 'items',
    title: '事项与一链办理',
    desc: '办事指南、材料样表、一表申请表单、草稿与发布、修改记录',
    url: ADMIN_PAGES.items,
  },
  {
    id: 'users',
    title: '人员与角色',
    desc: '查找人员，授予或取消窗口、代办员、快递员、管理员身份',
    url: ADMIN_PAGES.users,
  },
  { id: 'holidays', title: '节假日安排', desc: '按国务院通知设置放假和调休上班日', url: ADMIN_PAGES.holidays },
  { id: 'posters', title: '二维码海报', desc: '事项、一链办理或窗口的 A4 海报和小程序码', url: ADMIN_PAGES.posters },
  { id: 'settings', title: '中心设置', desc: '中心名称、地址和咨询电话，受审分离', url: ADMIN_PAGES.settings },
  { id: 'audit', title: '审计日志', desc: '按人员、办件、操作和时间查询，导出 CSV', url: ADMIN_PAGES.audit },
] as const;

/** 管理控制台: every task of the centre's administrator, one tap from here. */
export default function AdminHomePage() {
  return (
    <AdminPage id="admin-home">
      <Section title="管理控制台">
        {ENTRIES.map((e) => (
          <Cell
            key={e.id}
            id={`admin-entry-${e.id}`}
            title={e.title}
            desc={e.desc}
            onClick={() => void Taro.navigateTo({ url: e.url })}
          />
        ))}
      </Section>
    </AdminPage>
  );
}
