export default definePageConfig({
  navigationBarTitleText: '窗口',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
