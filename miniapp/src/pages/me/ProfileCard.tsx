import { Text, View } from '@tarojs/components';
import { maskName, type ProfileView } from '@onetrip/shared';
import { Tag } from '@/components';

/** Who the user is, masked as everywhere else. */
export function ProfileCard({ profile }: { profile: ProfileView }) {
  return (
    <View id="profile-card" className="profile-card">
      <View className="profile-card__avatar">{Array.from(profile.name)[0] ?? '我'}</View>
      <View className="profile-card__main">
        <View className="profile-card__name">
          <Text id="profile-name">{maskName(profile.name)}</Text>
          {profile.verified ? <Tag tone="green">已实名</Tag> : <Tag tone="orange">待核验</Tag>}
        </View>
        <View className="muted">身份证 {profile.idNumberMasked}</View>
        <View className="muted">手机 {profile.phoneMasked}</View>
      </View>
    </View>
  );
}
