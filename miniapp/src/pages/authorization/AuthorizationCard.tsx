import { Text, View } from '@tarojs/components';
import { type AuthorizationView } from '@onetrip/shared';
import { Tag } from '@/components';
import { AUTHORIZATION_STATUS_LABELS, AUTHORIZATION_STATUS_TONES, stationName } from '@/utils/authorization';
import { formatDateTime } from '@/utils/time';

/** Who asks to act for whom, for what: what a resident must see before saying yes. */
export function AuthorizationCard({
  view,
  idPrefix = 'authorization',
}: {
  view: AuthorizationView;
  idPrefix?: string;
}) {
  const station = stationName(view.agent.station);
  return (
    <View className="authorization-card">
      <View className="authorization-card__row">
        <Text className="authorization-card__label">代办员</Text>
        <Text id={`${idPrefix}-agent`} className="authorization-card__value">
          {`${view.agent.name}${station ? `（${station}）` : ''}`}
        </Text>
      </View>
      <View className="authorization-card__row">
        <Text className="authorization-card__label">申请人</Text>
        <View id={`${idPrefix}-applicant`} className="authorization-card__value">
          <View>{view.applicant.name}</View>
          <View className="authorization-card__id">{`身份证 ${view.applicant.idNumberMasked}`}</View>
        </View>
      </View>
      <View className="authorization-card__row">
        <Text className="authorization-card__label">代办事项</Text>
        <Text id={`${idPrefix}-items`} className="authorization-card__value">
          {view.itemNames.join('、')}
        </Text>
      </View>
      {view.caseNumber ? (
        <View className="authorization-card__row">
          <Text className="authorization-card__label">办件编号</Text>
          <Text className="authorization-card__value">{view.caseNumber}</Text>
        </View>
      ) : null}
      <View className="authorization-card__row">
        <Text className="authorization-card__label">状态</Text>
        <Tag tone={AUTHORIZATION_STATUS_TONES[view.status]}>
          <Text id={`${idPrefix}-status`}>{AUTHORIZATION_STATUS_LABELS[view.status]}</Text>
        </Tag>
      </View>
      <View className="muted">
        {`发起于 ${formatDateTime(view.createdAt)}`}
        {view.confirmedAt ? ` · 确认于 ${formatDateTime(view.confirmedAt)}` : ''}
        {view.revokedAt ? ` · 撤销于 ${formatDateTime(view.revokedAt)}` : ''}
      </View>
    </View>
  );
}
