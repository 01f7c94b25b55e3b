export default definePageConfig({
  navigationBarTitleText: '我的代办件',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
