export default definePageConfig({
  navigationBarTitleText: '历史签收',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
