export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/guide/index',
    'pages/chain/index',
    'pages/qr/index',
    'pages/login/index',
    'pages/me/index',
  ],
  // The role areas (staff/, agent/, courier/, admin/) become `subPackages` here once they have pages,
  // so the main package keeps only what a resident needs.
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f7f7f7',
    navigationBarBackgroundColor: '#f7f7f7',
    navigationBarTitleText: '一次办',
    navigationBarTextStyle: 'black',
  },
  tabBar: {
    color: '#5f5f5f',
    selectedColor: '#07c160',
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
