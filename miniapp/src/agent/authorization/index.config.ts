export default definePageConfig({
  navigationBarTitleText: '居民授权',
});
