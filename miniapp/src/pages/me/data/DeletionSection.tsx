import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { type PersonalDataSummary } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { forgetConsents } from '@/features/consent';
import { isApiError, type ApiError } from '@/services/api-error';
import { deleteAccount } from '@/services/privacy';
import { clearSession } from '@/services/session';
import { PAGES } from '@/utils/navigation';
import { toast } from '@/utils/toast';
import { DANGER_CONFIRM_COLOR } from '@/utils/dialog';

/**
 * 注销账号, explained before it is confirmed: what goes, what stays (cases are 政务服务 records),
 * and that a case in progress keeps the account (the server's 409 lists them on screen).
 */
export function DeletionSection({ data }: { data: PersonalDataSummary }) {
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ApiError | null>(null);
  const open = data.cases.open;

  const onDelete = async () => {
    const { confirm } = await Taro.showModal({
      title: '确定注销账号？',
      content: '注销后将删除您的实名信息、收货地址、草稿和未使用的文件，并退出所有设备，无法恢复。',
      confirmText: '注销',
      confirmColor: DANGER_CONFIRM_COLOR,
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await deleteAccount();
      clearSession();
      forgetConsents();
      await Taro.showModal({
        title: '账号已注销',
        content: '您的个人信息已删除。已提交的办件按规定保存，可凭办件编号到中心窗口查询。再次登录将是一个新账号。',
        showCancel: false,
        confirmText: '知道了',
      });
      await Taro.switchTab({ url: PAGES.home });
    } catch (error) {
      if (isApiError(error)) setRefused(error);
      toast(isApiError(error) ? error.message : '注销失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="deletion" title="注销账号" padded>
      <View className="my-data__para">注销后：</View>
      <View className="my-data__para">
        · 删除您的实名信息（姓名、身份证号、手机号）、收货地址、未提交的草稿和没有用于办件的文件；
      </View>
      <View className="my-data__para">· 所有设备立即退出登录，解除微信绑定，再次登录将是一个新账号；</View>
      <View className="my-data__para">
        · 已提交的办件属于政务服务档案，按规定保存，不会删除；您的同意记录作为凭证保留。
      </View>
      {open > 0 ? (
        <View id="deletion-open" className="my-data__warn">
          您有 {open} 件办件正在办理中，办结或撤回后才能注销。
        </View>
      ) : null}
      {refused ? (
        <View id="deletion-refused" className="my-data__warn">
          <View>{refused.message}</View>
          {refused.details.map((d) =>
            'message' in d ? (
              <View key={`${'id' in d ? d.id : ''}${d.message}`} className="my-data__para">
                {d.message}
              </View>
            ) : null,
          )}
        </View>
      ) : null}
      <View className="my-data__actions">
        <Button id="deletion-start" kind="warn" block loading={busy} onClick={() => void onDelete()}>
          注销账号
        </Button>
      </View>
    </Section>
  );
}
