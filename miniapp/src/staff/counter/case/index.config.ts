export default definePageConfig({
  navigationBarTitleText: '柜台受理',
});
