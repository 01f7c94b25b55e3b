import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { type CounterCaseView, type ReceiptSmsResult } from '@onetrip/shared';
import { Button, LoadFailed, Loading, Section } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { openProtectedPdf } from '@/platform/open-pdf';
import { errorMessage } from '@/services/api-error';
import { getReceipt, receiptPdfUrl, sendReceiptSms } from '@/services/counter';
import { toast } from '@/utils/toast';
import { shanghaiTime } from '../common/day';

/** Which paper the case has: the 受理回执 once accepted, the 一次性告知书 of a refused intake, or none. */
export function receiptKindOf(view: CounterCaseView): 'acceptance' | 'notice' | null {
  if (view.acceptedAt && view.number) return 'acceptance';
  if (view.status === 'draft' && view.notices.length) return 'notice';
  return null;
}

/**
 * The case's printed paper as the person takes it away: read as text (GET …/receipt) and shown as on
 * paper; 打印/下载 PDF fetches the PDF with the clerk's token; 短信发送 texts its link to the person's
 * phone (no WeChat needed). Read afresh when a new notice is issued or the case is accepted.
 */
export function ReceiptPanel({ view }: { view: CounterCaseView }) {
  const kind = receiptKindOf(view);
  if (!kind) return null;
  return <Receipt key={`${kind}:${view.notices.length}`} id={view.id} number={view.number} kind={kind} />;
}

function Receipt({ id, number, kind }: { id: string; number?: string; kind: 'acceptance' | 'notice' }) {
  const receipt = useResource(useCallback(() => getReceipt(id), [id]));
  const [opening, setOpening] = useState(false);
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<ReceiptSmsResult | null>(null);
  const title = kind === 'acceptance' ? '受理回执' : '一次性告知书';

  const openPdf = async () => {
    setOpening(true);
    try {
      await openProtectedPdf(receiptPdfUrl(id), `${title}-${number ?? id}.pdf`);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setOpening(false);
    }
  };
  const text = async () => {
    setSending(true);
    try {
      setSent(await sendReceiptSms(id));
      toast('短信已发送', 'success');
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Section id="counter-receipt" title={title}>
      <View className="counter-actions receipt-actions">
        <Button id="receipt-pdf" kind="primary" loading={opening} onClick={() => void openPdf()}>
          打印 / 下载 PDF
        </Button>
        <Button id="receipt-sms" loading={sending} onClick={() => void text()}>
          {sent ? '再次短信发送' : '短信发送'}
        </Button>
      </View>
      {sent ? (
        <View id="receipt-sms-result" className="hint">
          {`已发送至 ${sent.sentTo}，短信中的链接 ${shanghaiTime(sent.expiresAt)} 前有效`}
        </View>
      ) : null}
      {receipt.data ? (
        <View id="receipt-paper" className="receipt-paper" data-kind={receipt.data.kind}>
          <View id="receipt-title" className="receipt-paper__title">
            {receipt.data.title}
          </View>
          <View className="receipt-paper__meta">
            {receipt.data.number ? <Text id="receipt-number">{`办件编号 ${receipt.data.number}`}</Text> : null}
            <Text>{`出具时间 ${shanghaiTime(receipt.data.issuedAt)}`}</Text>
          </View>
          {receipt.data.sections.map((section, i) => (
            <View key={i} id={`receipt-section-${i}`} className="receipt-paper__section">
              <View className="receipt-paper__heading">{section.heading}</View>
              {section.lines.map((line, j) => (
                <View key={j} className="receipt-paper__line">
                  {line}
                </View>
              ))}
            </View>
          ))}
        </View>
      ) : receipt.loading ? (
        <Loading />
      ) : (
        <LoadFailed id="receipt-error" error={receipt.error} onRetry={receipt.retry} />
      )}
    </Section>
  );
}
