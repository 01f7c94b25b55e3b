export default definePageConfig({ navigationBarTitleText: '事项与一链办理' });
