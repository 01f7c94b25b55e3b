export default definePageConfig({
  navigationBarTitleText: '扫码办事',
});
