export default definePageConfig({
  navigationBarTitleText: '今日派件',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
