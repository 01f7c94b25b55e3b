import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { CASE_STATUS_LABELS, type ConsentPurpose } from '@onetrip/shared';
import { Button, Cell, Page, Remote, Section } from '@/components';
import { forgetConsents } from '@/features/consent';
import { useResource } from '@/hooks/use-resource';
import { logout } from '@/services/auth';
import { exportPersonalData, getPersonalData, withdrawConsent } from '@/services/privacy';
import { PAGES } from '@/utils/navigation';
import { formatDateTime } from '@/utils/time';
import { toast } from '@/utils/toast';
import { DeletionSection } from './DeletionSection';
import { PLATFORM_LABELS, purposeTitle, sizeLabel, versionLabel } from './format';
import './index.scss';

/** 我的 → 个人信息: what the centre holds about the person, its export, their consents, 注销账号. */
export default function MyDataPage() {
  const data = useResource(
    useCallback(() => getPersonalData(), []),
    { reloadOnShow: true },
  );
  const [exporting, setExporting] = useState(false);

  const onExport = async () => {
    setExporting(true);
    try {
      await exportPersonalData();
      toast('已导出', 'success');
    } catch {
      toast('导出失败，请稍后重试');
    } finally {
      setExporting(false);
    }
  };

  const onWithdraw = async (purpose: ConsentPurpose) => {
    const terms = purpose === 'terms';
    const { confirm } = await Taro.showModal({
      title: '撤回同意',
      content: terms
        ? '撤回后将退出登录，再次登录时需要重新同意。撤回不影响之前已经办理的事项。'
        : '撤回后，下次需要时会再次询问您。已提交的办件不受影响。',
      confirmText: '撤回',
    });
    if (!confirm) return;
    try {
      await withdrawConsent(purpose);
      forgetConsents();
      toast('已撤回');
      if (terms) {
        await logout();
        await Taro.switchTab({ url: PAGES.me });
      } else data.retry();
    } catch {
      // request.ts has shown why.
    }
  };

  return (
    <Page id="my-data" className="my-data">
      <Remote state={data}>
        {(d) => {
          const agreedNow = new Map<ConsentPurpose, string>();
          for (const c of [...d.consents].reverse()) {
            if (c.action === 'agreed') agreedNow.set(c.purpose, c.version);
            else agreedNow.delete(c.purpose);
          }
          return (
            <>
              <View className="hint">以下是“一次办”保存的您的信息。身份证号、手机号只显示部分号码。</View>
              <Section id="my-data-profile" title="实名信息">
                {d.profile ? (
                  <>
                    <Cell title="姓名" value={d.profile.name} />
                    <Cell title="身份证号" value={d.profile.idNumberMasked} />
                    <Cell title="手机号" value={d.profile.phoneMasked} />
                    {d.profile.verifiedAt ? (
                      <Cell title="认证时间" value={formatDateTime(d.profile.verifiedAt)} />
                    ) : null}
                  </>
                ) : (
                  <Cell title="尚未实名认证" desc="未保存姓名、身份证号和手机号" />
                )}
              </Section>

              <Section id="my-data-addresses" title={`收货地址（${d.addresses.length}）`}>
                {d.addresses.length ? (
                  d.addresses.map((a) => (
                    <Cell
                      key={`${a.name}${a.detail}${a.phoneMasked}`}
                      title={`${a.name} ${a.phoneMasked}`}
                      desc={`${a.region.join('')}${a.detail}`}
                    />
                  ))
                ) : (
                  <Cell title="没有保存收货地址" />
                )}
              </Section>

              <Section id="my-data-cases" title={`办件（${d.cases.total}）`}>
                <Cell title="正在办理" value={`${d.cases.open} 件`} />
                <Cell title="未提交的草稿" value={`${d.cases.drafts} 件`} />
                {d.cases.items.map((c) => (
                  <Cell
                    key={c.id}
                    id={`my-data-case-${c.id}`}
                    title={c.number ?? '草稿（尚无编号）'}
                    desc={`${c.itemNames.join('、')} · ${CASE_STATUS_LABELS[c.status]}`}
                    onClick={() => void Taro.navigateTo({ url: PAGES.caseDetail(c.id) })}
                  />
                ))}
              </Section>

              <Section id="my-data-uploads" title="上传的文件">
                <Cell title="文件" value={`${d.uploads.count} 份，共 ${sizeLabel(d.uploads.bytes)}`} />
                <Cell title="用于办件的" value={`${d.uploads.inCases} 份`} desc="没有用于办件的文件 1 天后自动删除" />
              </Section>

              {d.licences.length ? (
                <Section id="my-data-licences" title="电子证照">
                  {d.licences.map((l) => (
                    <Cell key={l.number} title={l.type} desc={`${l.number} · ${l.issuer}`} />
                  ))}
                </Section>
              ) : null}

              <Section id="my-data-consents" title="同意记录">
                {d.consents.length ? (
                  d.consents.map((c) => (
                    <Cell
                      key={`${c.purpose}${c.at}${c.action}`}
                      className="my-data__consent"
                      title={`${c.action === 'agreed' ? '同意' : '撤回'} · ${purposeTitle(c.purpose)}`}
                      desc={`版本 ${versionLabel(c.version)} · ${formatDateTime(c.at)}`}
                    />
                  ))
                ) : (
                  <Cell title="没有同意记录" />
                )}
                {[...agreedNow.keys()].map((purpose) => (
                  <Cell
                    key={`withdraw-${purpose}`}
                    id={`withdraw-${purpose}`}
                    title={`撤回：${purposeTitle(purpose)}`}
                    onClick={() => void onWithdraw(purpose)}
                  />
                ))}
              </Section>

              <Section id="my-data-sessions" title="登录设备">
                {d.sessions.map((s) => (
                  <Cell
                    key={`${s.platform}${s.signedInAt}`}
                    title={`${PLATFORM_LABELS[s.platform]}${s.current ? '（本机）' : ''}`}
                    desc={`登录于 ${formatDateTime(s.signedInAt)}，最近使用 ${formatDateTime(s.lastUsedAt)}`}
                  />
                ))}
              </Section>

              <Section id="my-data-legal" title="协议与政策">
                <Cell
                  id="my-data-privacy"
                  title="隐私政策"
                  onClick={() => void Taro.navigateTo({ url: PAGES.legal('privacy') })}
                />
                <Cell
                  id="my-data-agreement"
                  title="用户服务协议"
                  onClick={() => void Taro.navigateTo({ url: PAGES.legal('agreement') })}
                />
              </Section>

              <Section id="my-data-export" title="导出我的信息" padded>
                <View className="my-data__para">
                  导出一份您本人数据的文件（JSON 格式）：账号、实名信息、地址、办件、文件清单、电子证照和同意记录。
                </View>
                <View className="my-data__para">
                  为防止在共用手机上泄露，文件中的身份证号和手机号只显示部分号码；需要完整信息的证明，请携带身份证到县政务服务中心窗口办理。
                </View>
                <View className="my-data__actions">
                  <Button id="export-data" kind="primary" block loading={exporting} onClick={() => void onExport()}>
                    导出我的信息
                  </Button>
                </View>
              </Section>

              <DeletionSection data={d} />
            </>
          );
        }}
      </Remote>
    </Page>
  );
}
