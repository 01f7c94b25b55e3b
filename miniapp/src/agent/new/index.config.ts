export default definePageConfig({
  navigationBarTitleText: '新建代办',
});
