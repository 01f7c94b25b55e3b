export default definePageConfig({
  navigationBarTitleText: '我的预约/取号',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
