export default definePageConfig({
  navigationBarTitleText: '数据统计',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
