import { Text, View } from '@tarojs/components';
import { type StaffQueueRow } from '@onetrip/shared';
import { Tag } from '@/components';
import { stars } from './labels';

type Followup = NonNullable<StaffQueueRow['followup']>;

/** The rating a follow-up answers: stars, reasons and text as the resident gave them (never who gave them). */
export function RatingSummary({ id, rating }: { id?: string; rating: Pick<Followup, 'score' | 'tags' | 'comment'> }) {
  return (
    <View id={id} className="rating-summary">
      <View>
        <Text className="rating-summary__stars">{stars(rating.score)}</Text>
        <Text className="rating-summary__score">{` ${rating.score} 星`}</Text>
      </View>
      {rating.tags.length ? (
        <View className="rating-summary__tags">
          {rating.tags.map((tag) => (
            <Tag key={tag} tone="orange">
              {tag}
            </Tag>
          ))}
        </View>
      ) : null}
      {rating.comment ? <View className="rating-summary__comment">{`“${rating.comment}”`}</View> : null}
    </View>
  );
}
