export default definePageConfig({
  navigationBarTitleText: '授权管理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
