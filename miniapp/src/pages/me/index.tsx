import { useCallback, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type ProfileView } from '@onetrip/shared';
import { Button, Cell, ElderSwitch, Page, Remote, Section } from '@/components';
import { clearPendingApplication, pendingApplication, startApplication } from '@/features/apply';
import { pendingAuthorization, resumeAuthorization } from '@/features/authorization';
import { useResource } from '@/hooks/use-resource';
import { getMe, logout } from '@/services/auth';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { forgetConsents, useConsentPrompt } from '@/features/consent';
import { ProfileCard } from './ProfileCard';
import { RealNameForm } from './RealNameForm';
import { RoleList } from './RoleList';
import { useTermsCheck } from './use-terms-check';
import './index.scss';

/** The staff subpackage's first page (工作台). */
const STAFF_QUEUE = '/staff/queue/index';
/** What each kind of window does (users module's staff kinds). */
const STAFF_ENTRY_DESC = {
  department: '受理、审批、出证、回访',
  comprehensive: '综合窗口：柜台受理、一次性告知、叫号',
  results: '统一出件：出证、窗口领取',
} as const;

/** 我的: login, real-name verification, 长辈模式, roles, logout. */
export default function MePage() {
  const [loggedIn, setLoggedIn] = useState(isLoggedIn);
  const [saved, setSaved] = useState<ProfileView | null>(null);
  const [pending, setPending] = useState(pendingApplication);
  const [pendingConsent, setPendingConsent] = useState(pendingAuthorization);
  // A tab page stays mounted: re-read the session whenever it is shown (e.g. back from login or a guide).
  useDidShow(() => {
    setLoggedIn(isLoggedIn());
    setPending(pendingApplication());
    setPendingConsent(pendingAuthorization());
  });
  const me = useResource(useCallback(() => (loggedIn ? getMe({ silent: true }) : Promise.resolve(null)), [loggedIn]));
  // 我的 is a tab page: the sheet ends above the tab bar.
  const consent = useConsentPrompt({ onTabPage: true });
  useTermsCheck(
    loggedIn,
    consent.ask,
    useCallback(() => {
      setSaved(null);
      setLoggedIn(false);
    }, []),
  );

  const onLogout = async () => {
    const { confirm } = await Taro.showModal({
      title: '退出登录',
      content: '确定退出当前账号吗？',
      confirmText: '退出',
    });
    if (!confirm) return;
    await logout();
    forgetConsents();
    setSaved(null);
    setLoggedIn(false);
  };

  return (
    <Page id="me" className="me">
      {loggedIn ? (
        <Remote state={me}>
          {(data) => {
            const profile = saved ?? data?.profile ?? null;
            return (
              <>
                {profile ? (
                  <ProfileCard profile={profile} />
                ) : (
                  <Section id="realname" title="实名认证（办事前完成一次即可）">
                    {pending ? (
                      <View id="realname-hint" className="hint realname-hint">
                        完成实名认证后，即可继续刚才的在线申请。
                      </View>
                    ) : null}
                    {pendingConsent ? (
                      <View id="authorization-hint" className="hint realname-hint">
                        完成实名认证后，即可继续确认代办员的授权请求。
                      </View>
                    ) : null}
                    <RealNameForm onSaved={setSaved} />
                  </Section>
                )}
                {profile?.verified && pending ? (
                  <View className="me__resume">
                    <Button
                      id="resume-apply"
                      kind="primary"
                      block
                      onClick={() => {
                        clearPendingApplication();
                        setPending(null);
                        void startApplication(pending);
                      }}
                    >
                      继续在线申请
                    </Button>
                  </View>
                ) : null}
                {profile?.verified && pendingConsent ? (
                  <View className="me__resume">
                    <Button
                      id="resume-authorization"
                      kind="primary"
                      block
                      onClick={() => {
                        setPendingConsent(null);
                        void resumeAuthorization(pendingConsent);
                      }}
                    >
                      继续确认授权
                    </Button>
                  </View>
                ) : null}
                {data ? <RoleList roles={data.roles} serverActive={data.activeRole} /> : null}
                {data?.roles.includes('staff') ? (
                  <Section id="staff-section" title="窗口人员">
                    <Cell
                      id="staff-entry"
                      title="进入工作台"
                      desc={STAFF_ENTRY_DESC[data.staffKind ?? 'department']}
                      onClick={() => void Taro.navigateTo({ url: STAFF_QUEUE })}
                    />
                  </Section>
                ) : null}
                {data?.roles.includes('agent') ? (
                  <Section id="agent-section" title="代办员">
                    <Cell
                      id="agent-entry"
                      title="进入代办工作台"
                      desc="为村民代办、授权、进度"
                      onClick={() => void Taro.navigateTo({ url: PAGES.agentStation })}
                    />
                  </Section>
                ) : null}
                {data?.roles.includes('courier') ? (
                  <Section
                    id="courier-section"
                    title={data.courierCompany ? `快递员 · ${data.courierCompany}` : '快递员'}
                  >
                    <Cell
                      id="courier-entry"
                      title="今日派件"
                      desc="揽收、派送、签收"
                      onClick={() => void Taro.navigateTo({ url: PAGES.courierList })}
                    />
                  </Section>
                ) : null}
                {data?.roles.includes('admin') ? (
                  <Section id="admin-section" title="管理员">
                    <Cell
                      id="admin-entry"
                      title="管理控制台"
                      desc="效能监察、事项目录、人员与角色、海报、审计"
                      onClick={() => void Taro.navigateTo({ url: PAGES.adminHome })}
                    />
                  </Section>
                ) : null}
              </>
            );
          }}
        </Remote>
      ) : (
        <View id="me-guest" className="me__guest">
          <View className="me__avatar">?</View>
          <Text className="me__guest-title">您还没有登录</Text>
          <Text className="muted">登录后可在线申请、查看办理进度</Text>
          <Button
            id="me-login"
            kind="primary"
            block
            onClick={() => void Taro.navigateTo({ url: PAGES.loginThen(PAGES.me) })}
          >
            微信一键登录
          </Button>
        </View>
      )}

      <Section id="me-cases-section" title="办件">
        <Cell
          id="me-cases"
          title="我的办件"
          desc="申请、缴费、补正、进度"
          onClick={() => void Taro.navigateTo({ url: PAGES.cases })}
        />
        <Cell
          id="me-hall"
          title="我的预约/取号"
          desc="大厅预约、签到取号、排队进度"
          onClick={() => void Taro.navigateTo({ url: PAGES.hallAppointments() })}
        />
        <Cell
          id="me-authorizations"
          title="授权管理"
          desc="代办员代您办事的授权，可随时撤销"
          onClick={() => void Taro.navigateTo({ url: PAGES.authorizations })}
        />
        <Cell
          id="me-complaints"
          title="我的投诉建议"
          desc="对办件、窗口或中心服务的意见，5 个工作日内答复"
          onClick={() =>
            void Taro.navigateTo({ url: isLoggedIn() ? PAGES.complaints : PAGES.loginThen(PAGES.complaints) })
          }
        />
        <Cell
          id="me-progress"
          title="办件进度查询"
          desc="凭办件编号和手机号后4位"
          onClick={() => void Taro.navigateTo({ url: PAGES.progress })}
        />
      </Section>

      <Section id="settings" title="设置">
        <ElderSwitch />
      </Section>

      <Section id="me-privacy" title="个人信息与隐私">
        {loggedIn ? (
          <Cell
            id="me-data"
            title="个人信息"
            desc="查看、导出我的信息，撤回同意，注销账号"
            onClick={() => void Taro.navigateTo({ url: PAGES.myData })}
          />
        ) : null}
        <Cell
          id="me-privacy-policy"
          title="隐私政策"
          onClick={() => void Taro.navigateTo({ url: PAGES.legal('privacy') })}
        />
        <Cell
          id="me-agreement"
          title="用户服务协议"
          onClick={() => void Taro.navigateTo({ url: PAGES.legal('agreement') })}
        />
      </Section>

      {loggedIn ? (
        <View className="me__logout">
          <Button id="me-logout" kind="warn" block onClick={() => void onLogout()}>
            退出登录
          </Button>
        </View>
      ) : null}
      {consent.sheet}
    </Page>
  );
}
