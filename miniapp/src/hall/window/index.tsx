import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { type HallGroupDetail } from '@onetrip/shared';
import { Button, Cell, Page, Remote, Section, Tag } from '@/components';
import { useRefreshOnPullDown } from '@/hooks/use-pull-down';
import { useResource } from '@/hooks/use-resource';
import { getItem } from '@/services/catalog';
import { getHallGroup } from '@/services/hall-groups';
import { isLoggedIn } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { useTakeTicket } from './use-take-ticket';
import '../common/hall.scss';

/** The group's items by name (each a link to its guide); an item that cannot be read shows its code. */
function ItemList({ codes }: { codes: string[] }) {
  const names = useResource(
    useCallback(
      () =>
        Promise.all(
          codes.map((code) =>
            getItem(code).then(
              (g) => g.name,
              () => code,
            ),
          ),
        ),
      [codes],
    ),
  );
  return (
    <Section id="window-items" title="在本窗口办理的事项">
      {codes.map((code, i) => (
        <Cell
          key={code}
          id={`window-item-${code}`}
          title={names.data?.[i] ?? code}
          onClick={() => void Taro.navigateTo({ url: PAGES.guide(code) })}
        />
      ))}
    </Section>
  );
}

function queueState(today: HallGroupDetail['today']): string {
  return today.open ? '今日取号中' : '今日已停止取号（工作日 9:00–17:00 取号）';
}

/**
 * A window's page, opened by its QR code (`?group=&window=`) or the hall's code of a group (`?group=`):
 * the hall and window, what is handled here, hours and phone, how many wait now, and 取号.
 */
export default function HallWindowPage() {
  const { params } = useRouter();
  const group = params.group ?? '';
  const windowNo = params.window ?? '';
  const detail = useResource(
    useCallback(() => getHallGroup(group), [group]),
    { reloadOnShow: true },
  );
  const take = useTakeTicket(group);
  const [taking, setTaking] = useState(false);
  useRefreshOnPullDown(detail.refresh);
  const title = detail.data ? `${detail.data.name}${windowNo ? ` ${windowNo}` : ''}` : '';
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title }).catch(() => undefined);
  }, [title]);

  const onTake = async () => {
    if (!isLoggedIn()) {
      void Taro.navigateTo({ url: PAGES.loginThen(PAGES.hallWindow(group, windowNo || undefined)) });
      return;
    }
    setTaking(true);
    await take.run();
    setTaking(false);
    void detail.refresh();
  };

  const open = detail.data?.today.open ?? false;
  return (
    <Page
      id="hall-window"
      footer={
        detail.data ? (
          <Button id="window-take" kind="primary" block disabled={!open} loading={taking} onClick={() => void onTake()}>
            {open ? '取号' : '今日已停止取号'}
          </Button>
        ) : null
      }
    >
      <Remote state={detail} notFound={{ title: '没有找到这个窗口', desc: '二维码可能已更换，请咨询大厅导办人员' }}>
        {(g) => (
          <View>
            <View className="head-card window-head">
              <Text id="window-group" className="head-card__title">
                {g.name}
              </Text>
              <View id="window-hall" className="head-card__sub">
                {g.hall}
              </View>
              {windowNo && g.windows.includes(windowNo) ? (
                <View id="window-number" className="window-head__window">
                  {windowNo} 号窗口
                </View>
              ) : null}
              <View className="head-card__tags">
                <Tag tone="blue">{`窗口 ${g.windows.join('、')}`}</Tag>
              </View>
            </View>

            <View id="window-queue" className="queue-now">
              <View>
                <View>当前等候</View>
                <Text className="queue-now__state">{queueState(g.today)}</Text>
              </View>
              <View>
                <Text id="window-waiting" className="queue-now__count">
                  {g.today.waiting}
                </Text>
                <Text> 人</Text>
              </View>
            </View>
            {take.problem ? (
              <View id="window-take-error" className="hall-alert">
                {take.problem}
              </View>
            ) : null}

            <ItemList codes={g.items} />

            <Section id="window-info" title="办理须知">
              <Cell id="window-hours" title="办公时间" desc={g.hours} />
              <Cell
                id="window-phone"
                title="咨询电话"
                value={g.phone}
                onClick={() => void Taro.makePhoneCall({ phoneNumber: g.phone }).catch(() => undefined)}
              />
              <Cell
                id="window-book"
                title="预约其他时间"
                desc="按时段预约，到大厅签到取号优先办理"
                onClick={() => void Taro.navigateTo({ url: PAGES.hallBook(g.code) })}
              />
              <Cell
                id="window-mine"
                title="我的预约/取号"
                onClick={() => void Taro.navigateTo({ url: PAGES.hallAppointments() })}
              />
              <Cell
                id="window-complaint"
                title="投诉建议"
                desc="对本窗口的服务有意见或建议，5 个工作日内答复"
                onClick={() =>
                  void Taro.navigateTo({
                    url: isLoggedIn()
                      ? PAGES.complaintNew({
                          group: g.code,
                          ...(windowNo && g.windows.includes(windowNo) ? { window: windowNo } : {}),
                          label: `窗口 ${g.name}${windowNo && g.windows.includes(windowNo) ? ` ${windowNo}` : ''}`,
                        })
                      : PAGES.loginThen(PAGES.hallWindow(group, windowNo || undefined)),
                  })
                }
              />
            </Section>
          </View>
        )}
      </Remote>
    </Page>
  );
}
