export default definePageConfig({
  navigationBarTitleText: '评价本次服务',
});
