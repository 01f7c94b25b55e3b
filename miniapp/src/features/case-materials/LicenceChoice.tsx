import { Text, View } from '@tarojs/components';
import { type ApplicationView, type LicenceView } from '@onetrip/shared';

type CaseMaterial = ApplicationView['materials'][number];

interface LicenceChoiceProps {
  material: CaseMaterial;
  /** the applicant's licences of a type this material takes */
  licences: LicenceView[];
  busy: boolean;
  onUse: (licenceId: string) => void;
  onStop: () => void;
}

/**
 * 使用电子证照: one tap puts a licence the centre issued the applicant in place of an upload; one
 * tap takes it off again. Nothing shows when the material takes no licence the applicant holds.
 */
export function LicenceChoice({ material, licences, busy, onUse, onStop }: LicenceChoiceProps) {
  const { code, heldBy } = material;
  if (heldBy?.kind === 'licence') {
    return (
      <Text id={`licence-stop-${code}`} className="link" onClick={() => !busy && onStop()}>
        不再使用电子证照
      </Text>
    );
  }
  if (!licences.length) return null;
  return (
    <View id={`licence-choice-${code}`} className="material-card__licences">
      <View className="muted">已有电子证照，可直接使用，无需上传：</View>
      {licences.map((licence) => (
        <Text
          key={licence.id}
          id={`licence-use-${code}-${licence.id}`}
          className="link"
          onClick={() => !busy && onUse(licence.id)}
        >
          {`使用电子证照：${licence.type}（${licence.number}）`}
        </Text>
      ))}
    </View>
  );
}
