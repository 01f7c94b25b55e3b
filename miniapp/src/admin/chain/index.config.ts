export default definePageConfig({ navigationBarTitleText: '编辑一链办理' });
