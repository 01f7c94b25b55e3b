export default definePageConfig({ navigationBarTitleText: '效能监察' });
