export default definePageConfig({
  navigationBarTitleText: '领取方式',
});
