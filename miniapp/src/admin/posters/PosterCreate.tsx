import { useCallback, useState } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { POSTER_KIND_LABELS, POSTER_KINDS, type PosterKind, type QrCreated } from '@onetrip/shared';
import { Button, Cell, Empty, Field, FieldError, Section } from '@/components';
import { useDebounced } from '@/hooks/use-debounced';
import { useResource } from '@/hooks/use-resource';
import { errorMessage } from '@/services/api-error';
import { createQrCode, openPoster } from '@/services/admin-posters';
import { toast } from '@/utils/toast';
import { findTargets, type TargetOption } from './targets';

/**
 * 生成二维码: the kind (事项 / 一链办理 / 窗口), the target from a searchable list, then the code with
 * its QR image, the mini-program code when WeChat gave one, the deep link and its A4 poster.
 */
export function PosterCreate({ onCreated }: { onCreated: () => void }) {
  const [kind, setKind] = useState<PosterKind>('item');
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<TargetOption | null>(null);
  const [created, setCreated] = useState<(QrCreated & { title: string }) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settled = useDebounced(q, 300);
  const targets = useResource(useCallback(() => findTargets(kind, settled), [kind, settled]));

  const create = async () => {
    if (!chosen) return;
    setBusy(true);
    setProblem(null);
    try {
      const code = await createQrCode(kind, chosen.value);
      setCreated({ ...code, title: chosen.label });
      toast('二维码已生成', 'success');
      onCreated();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const download = (token: string, title: string) =>
    openPoster(token, title).catch((e: unknown) => toast(errorMessage(e)));

  return (
    <View className="admin-columns">
      <Section id="poster-create-section" title="生成二维码">
        <View className="admin-toolbar">
          {POSTER_KINDS.map((k) => (
            <Button
              key={k}
              id={`poster-kind-${k}`}
              size="small"
              kind={kind === k ? 'primary' : 'default'}
              onClick={() => {
                setKind(k);
                setChosen(null);
                setQ('');
              }}
            >
              {POSTER_KIND_LABELS[k]}
            </Button>
          ))}
        </View>
        <Field
          label="查找"
          input={{
            id: 'poster-target-search',
            value: q,
            maxlength: 40,
            placeholder: kind === 'window' ? '窗口分组名称或窗口号' : '名称或拼音首字母',
            onInput: setQ,
          }}
        />
        <View id="poster-targets" className="posters-targets">
          {targets.data?.map((t) => (
            <Cell
              key={t.value}
              id={`poster-target-${t.value}`}
              className={chosen?.value === t.value ? 'posters-row--chosen' : undefined}
              title={t.label}
              desc={t.desc}
              onClick={() => setChosen(t)}
            />
          ))}
          {targets.data?.length === 0 ? <Empty title="没有找到" /> : null}
          {targets.error ? <FieldError>{errorMessage(targets.error)}</FieldError> : null}
        </View>
        <View className="admin-toolbar">
          <Text id="poster-chosen">{chosen ? `已选：${chosen.label}` : '请选择要生成二维码的对象'}</Text>
          <Button id="poster-create" kind="primary" disabled={!chosen} loading={busy} onClick={() => void create()}>
            生成二维码
          </Button>
        </View>
        {problem ? <FieldError id="poster-create-error">{problem}</FieldError> : null}
      </Section>
      {created ? (
        <Section id="poster-result" title={created.title}>
          <View className="posters-codes">
            <View className="posters-code">
              <Image id="poster-png" className="posters-code__image" src={created.png} mode="aspectFit" />
              <Text>二维码（微信扫一扫）</Text>
            </View>
            <View className="posters-code">
              {created.wxacode ? (
                <Image id="poster-wxacode" className="posters-code__image" src={created.wxacode} mode="aspectFit" />
              ) : (
                <Text id="poster-wxacode-missing" className="posters-muted">
                  小程序码暂时无法生成，二维码可正常使用
                </Text>
              )}
              <Text>小程序码</Text>
            </View>
          </View>
          <Cell
            title="链接"
            desc={
              <Text id="poster-url" userSelect>
                {created.url}
              </Text>
            }
          />
          <View className="admin-toolbar">
            <Button id="poster-download" kind="primary" onClick={() => void download(created.token, created.title)}>
              下载海报（PDF）
            </Button>
          </View>
        </Section>
      ) : null}
    </View>
  );
}
