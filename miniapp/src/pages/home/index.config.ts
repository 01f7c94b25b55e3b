export default definePageConfig({
  navigationBarTitleText: '一次办',
});
