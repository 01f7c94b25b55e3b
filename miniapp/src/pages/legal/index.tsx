import { useCallback, useEffect } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LEGAL_KINDS, type LegalKind } from '@onetrip/shared';
import { Page, Remote, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { TelLink } from '@/platform/tel-link';
import { getLegal } from '@/services/privacy';
import './index.scss';

const kindOf = (raw: string | undefined): LegalKind =>
  (LEGAL_KINDS as readonly string[]).includes(raw ?? '') ? (raw as LegalKind) : 'privacy';

/** 用户服务协议, 隐私政策 and the two consent notices, in full, with the version in force and whom to contact. */
export default function LegalPage() {
  const kind = kindOf(useRouter().params.kind);
  const doc = useResource(useCallback(() => getLegal(kind), [kind]));
  const title = doc.data?.title;
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);

  return (
    <Page id="legal" className="legal">
      <Remote state={doc}>
        {(d) => (
          <>
            <View className="head-card">
              <View id="legal-title" className="head-card__title">
                {d.title}
              </View>
              <View id="legal-version" className="muted legal__meta">
                版本 {d.version} · {d.effectiveDate} 起生效
              </View>
            </View>
            <View className="legal__summary">{d.summary}</View>
            {d.sections.map((section) => (
              <Section key={section.heading} title={section.heading} padded>
                {section.paragraphs.map((p) => (
                  <View key={p} className="legal__para">
                    {p}
                  </View>
                ))}
              </Section>
            ))}
            <Section id="legal-contact" title="联系我们" padded>
              <View className="legal__para">{d.contact.name ?? '县政务服务中心'}</View>
              {d.contact.address ? <View className="legal__para">地址：{d.contact.address}</View> : null}
              {d.contact.phone ? (
                <View className="legal__para">
                  <Text>中心电话：</Text>
                  <TelLink phone={d.contact.phone} />
                </View>
              ) : null}
              <View className="legal__para">
                <Text>政务服务便民热线：</Text>
                <TelLink phone={d.contact.hotline} />
              </View>
            </Section>
          </>
        )}
      </Remote>
    </Page>
  );
}
