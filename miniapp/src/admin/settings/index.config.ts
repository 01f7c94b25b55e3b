export default definePageConfig({ navigationBarTitleText: '中心设置' });
