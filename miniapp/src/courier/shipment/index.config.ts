export default definePageConfig({
  navigationBarTitleText: '快件详情',
});
