export default definePageConfig({
  navigationBarTitleText: '办件审查',
});
