export default defineAppConfig({
  // WeChat's privacy check: a privacy API (phone number, camera, album, files) first asks through
  // platform/privacy-prompt, which shows the 隐私保护指引 with agreePrivacyAuthorization.
  __usePrivacyCheck__: true,
  pages: [
    'pages/home/index',
    'pages/guide/index',
    'pages/chain/index',
    'pages/qr/index',
    'pages/login/index',
    'pages/me/index',
    'pages/cases/list/index',
    'pages/cases/detail/index',
    // 好差评 stays in the main package: small, and opened from the case page and straight after a delivery.
    'pages/cases/rate/index',
    'pages/progress/index',
    // 授权委托 of a resident: small, and opened by scanning the code an agent shows (no subpackage wait).
    'pages/authorization/index',
    'pages/authorizations/index',
    // The legal texts and 个人信息 (consents, export, 注销账号): small, and opened from the consent sheets.
    'pages/legal/index',
    'pages/me/data/index',
  ],
  // The application flow is a subpackage: only a resident in the middle of applying needs it, and it is
  // the biggest part of the resident's app (form renderer, uploads). The guides, the chain page and a
  // case's detail page (继续填写, 去补正) preload it, so opening the form does not wait for a download.
  subPackages: [
    {
      root: 'apply',
      pages: ['form/index', 'materials/index', 'delivery/index', 'review/index'],
    },
    // 工作台 of the window staff: queues by stage, a case with its actions, the statistics, and 叫号.
    {
      root: 'staff',
      // 柜台受理 (counter/): a walk-in found or registered, one case filled and accepted at the counter, its receipt.
      pages: ['queue/index', 'case/index', 'dashboard/index', 'call/index', 'counter/index', 'counter/case/index'],
    },
    // 快递员: today's shipments, one shipment (揽收, 签收 with the receipt code, 投递未成功), history.
    {
      root: 'courier',
      pages: ['list/index', 'shipment/index', 'history/index'],
    },
    // 代办员: the station, a new case for a resident, its authorization (QR code or paper form), my cases.
    {
      root: 'agent',
      pages: ['station/index', 'new/index', 'authorization/index', 'cases/index'],
    },
    // 管理控制台 (admin/): the catalog, people, holidays, posters, the audit log and 效能监察; used at a desk.
    {
      root: 'admin',
      pages: [
        'index/index',
        'items/index',
        'item/index',
        'chain/index',
        'users/index',
        'holidays/index',
        'posters/index',
        'audit/index',
        'supervision/index',
        'complaints/index',
        'settings/index',
      ],
    },
    // 政务大厅 of a resident: a window's page (its QR code; 取号), my ticket, booking a slot, my appointments.
    {
      root: 'hall',
      pages: ['window/index', 'ticket/index', 'book/index', 'appointments/index'],
    },
    // 投诉建议 of a resident: the form (from a case, a window or 我的), my list, one complaint with its answer.
    {
      root: 'complaint',
      pages: ['new/index', 'list/index', 'detail/index'],
    },
  ],
  preloadRule: {
    'pages/guide/index': { network: 'all', packages: ['apply'] },
    'pages/chain/index': { network: 'all', packages: ['apply'] },
    'pages/cases/detail/index': { network: 'all', packages: ['apply'] },
    // After the authorization comes the form of the case.
    'agent/authorization/index': { network: 'all', packages: ['apply'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f7f7f7',
    navigationBarBackgroundColor: '#f7f7f7',
    navigationBarTitleText: '一次办',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#5f5f5f',
    // The tokens' --c-primary: the selected label is text (4.5:1 on white).
    selectedColor: '#077d43',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
});
