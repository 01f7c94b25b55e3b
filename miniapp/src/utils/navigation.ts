import Taro from '@tarojs/taro';

/** Pages of the tabBar: only switchTab/reLaunch may open them. */
export const TAB_PAGES = ['/pages/home/index', '/pages/me/index'] as const;

export const PAGES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  guide: (code: string) => `/pages/guide/index?code=${encodeURIComponent(code)}`,
  chain: (code: string) => `/pages/chain/index?code=${encodeURIComponent(code)}`,
  qr: (token: string) => `/pages/qr/index?token=${encodeURIComponent(token)}`,
  loginThen: (back: string) => `/pages/login/index?redirect=${encodeURIComponent(back)}`,
  cases: '/pages/cases/list/index',
  /** `from=pay`: the H5 cashier came back here; the page waits for the payment to be confirmed. */
  caseDetail: (id: string, from?: 'pay') =>
    `/pages/cases/detail/index?id=${encodeURIComponent(id)}${from ? `&from=${from}` : ''}`,
  /** 好差评; `from=case`: opened from the case page, so 返回 goes back to it. */
  caseRate: (id: string, from?: 'case') =>
    `/pages/cases/rate/index?id=${encodeURIComponent(id)}${from ? `&from=${from}` : ''}`,
  progress: '/pages/progress/index',
  /** 用户服务协议, 隐私政策 and the consent notices, read in full. */
  legal: (kind: string) => `/pages/legal/index?kind=${encodeURIComponent(kind)}`,
  /** 我的 → 个人信息: what is held, its export, consents, 注销账号. */
  myData: '/pages/me/data/index',
  // The application flow is the `apply` subpackage.
  /** `check=1` shows every problem at once (coming from a refused submit). */
  applyForm: (id: string, check?: boolean) =>
    `/apply/form/index?id=${encodeURIComponent(id)}${check ? '&check=1' : ''}`,
  applyMaterials: (id: string) => `/apply/materials/index?id=${encodeURIComponent(id)}`,
  applyDelivery: (id: string) => `/apply/delivery/index?id=${encodeURIComponent(id)}`,
  applyReview: (id: string) => `/apply/review/index?id=${encodeURIComponent(id)}`,
  // 授权委托 of a resident (main package): confirm one (its QR code opens this), and the list to revoke from.
  authorization: (id: string) => `/pages/authorization/index?id=${encodeURIComponent(id)}`,
  authorizations: '/pages/authorizations/index',
  // 代办员 (the `agent` subpackage): the station, a new case for a resident, its authorization, my cases.
  agentStation: '/agent/station/index',
  /** `code`: start from an item (its guide), `chain`: from a chain; neither: search the catalog. */
  agentNew: (from?: { code?: string; chain?: string }) =>
    from?.code
      ? `/agent/new/index?code=${encodeURIComponent(from.code)}`
      : from?.chain
        ? `/agent/new/index?chain=${encodeURIComponent(from.chain)}`
        : '/agent/new/index',
  agentAuthorization: (caseId: string) => `/agent/authorization/index?id=${encodeURIComponent(caseId)}`,
  agentCases: (status?: string) => `/agent/cases/index${status ? `?status=${encodeURIComponent(status)}` : ''}`,
  // 快递员 (the `courier` subpackage): today's work, one shipment, what was delivered.
  courierList: '/courier/list/index',
  courierShipment: (id: string) => `/courier/shipment/index?id=${encodeURIComponent(id)}`,
  courierHistory: '/courier/history/index',
  // 管理控制台 (the `admin` subpackage; its own pages are listed in admin/common/links.ts).
  adminHome: '/admin/index/index',
  // 政务大厅 of a resident (the `hall` subpackage): a window (from its QR code), my ticket, booking, my appointments.
  /** No `window`: the hall's code of the group (取号 of the group, no window number). */
  hallWindow: (group: string, window?: string) =>
    `/hall/window/index?group=${encodeURIComponent(group)}${window ? `&window=${encodeURIComponent(window)}` : ''}`,
  hallTicket: (id: string) => `/hall/ticket/index?id=${encodeURIComponent(id)}`,
  /** `caseId`: the appointment is to bring that case to the window. */
  hallBook: (group: string, caseId?: string) =>
    `/hall/book/index?group=${encodeURIComponent(group)}${caseId ? `&case=${encodeURIComponent(caseId)}` : ''}`,
  /** `id`: an appointment to pick out (the reminder opens it). */
  hallAppointments: (id?: string) => `/hall/appointments/index${id ? `?id=${encodeURIComponent(id)}` : ''}`,
  // 投诉建议 of a resident (the `complaint` subpackage): the form, my list, one complaint (its message opens it).
  /** About a case (`caseId`) or a window (`group`, `window?`), `label` saying which; neither: the centre. */
  complaintNew: (about?: { caseId?: string; group?: string; window?: string; label?: string }) => {
    const query = [
      about?.caseId ? `case=${encodeURIComponent(about.caseId)}` : '',
      about?.group ? `group=${encodeURIComponent(about.group)}` : '',
      about?.window ? `window=${encodeURIComponent(about.window)}` : '',
      about?.label ? `label=${encodeURIComponent(about.label)}` : '',
    ].filter(Boolean);
    return `/complaint/new/index${query.length ? `?${query.join('&')}` : ''}`;
  },
  complaints: '/complaint/list/index',
  complaintDetail: (id: string) => `/complaint/detail/index?id=${encodeURIComponent(id)}`,
} as const;

function isTabPage(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return (TAB_PAGES as readonly string[]).includes(path);
}

/** Replaces the current page (used after login and after resolving a QR code). */
export function replacePage(url: string): Promise<unknown> {
  return isTabPage(url) ? Taro.switchTab({ url }) : Taro.redirectTo({ url });
}
