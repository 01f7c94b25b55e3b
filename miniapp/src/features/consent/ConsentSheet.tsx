import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LEGAL_TEXTS, type ConsentPurpose } from '@onetrip/shared';
import { Button } from '@/components';
import { cx } from '@/utils/cx';
import { PAGES } from '@/utils/navigation';
import { CONSENT_COPY } from './texts';

interface ConsentSheetProps {
  purpose: ConsentPurpose;
  busy?: boolean;
  onAgree: () => void;
  onDisagree: () => void;
  /** Shown on a tab page (我的): H5 draws its tab bar over the page's bottom, so the sheet ends above it. */
  onTabPage?: boolean;
}

/**
 * The consent asked before something needs it (first use, real-name verification, the first
 * identity document): why, the texts in short with links to read each in full, what 不同意 means,
 * and 不同意 / 同意. It stays until one is chosen: nothing is recorded by closing it.
 */
export function ConsentSheet({ purpose, busy, onAgree, onDisagree, onTabPage }: ConsentSheetProps) {
  const copy = CONSENT_COPY[purpose];
  return (
    <View id={`consent-${purpose}`} className={cx('sheet', 'consent-sheet', onTabPage && 'consent-sheet--tab')}>
      <View className="sheet__panel" role="dialog" aria-label={copy.title}>
        <View className="sheet__title">{copy.title}</View>
        {copy.lines.map((line) => (
          <View key={line} className="consent-sheet__line">
            {line}
          </View>
        ))}
        <View className="consent-sheet__links">
          {copy.documents.map((kind) => (
            <Text
              key={kind}
              id={`consent-read-${kind}`}
              className="link consent-sheet__link"
              onClick={() => void Taro.navigateTo({ url: PAGES.legal(kind) })}
            >
              《{LEGAL_TEXTS[kind].title}》
            </Text>
          ))}
        </View>
        <View className="consent-sheet__refusal">{copy.refusal}</View>
        <View className="sheet__actions">
          <Button id="consent-disagree" block disabled={busy} onClick={onDisagree}>
            不同意
          </Button>
          <Button id="consent-agree" kind="primary" block loading={busy} onClick={onAgree}>
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
