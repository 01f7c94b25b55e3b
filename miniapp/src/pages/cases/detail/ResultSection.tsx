import { useState } from 'react';
import { View } from '@tarojs/components';
import { type ApplicationView, type CaseStatus } from '@onetrip/shared';
import { Button, Section } from '@/components';
import { openProtectedPdf } from '@/platform/open-pdf';
import { errorMessage } from '@/services/api-error';
import { certificatePdfUrl } from '@/services/certificates';
import { toast } from '@/utils/toast';

const COMING: ReadonlyArray<CaseStatus> = [
  'submitted',
  'supplement_required',
  'accepted',
  'approved',
  'issued',
  'completed',
];

/**
 * 电子送达: the result of an electronic case is a PDF to download, once the
 * case is done (it is completed at issue); before that, where it will be.
 */
export function ResultSection({ view }: { view: ApplicationView }) {
  const [opening, setOpening] = useState(false);
  // Nothing to say of a draft, nor of a case that ended without a result (withdrawn, refused, denied).
  if (view.delivery?.method !== 'electronic' || !COMING.includes(view.status)) return null;
  const ready = view.status === 'completed';

  const open = async () => {
    setOpening(true);
    try {
      await openProtectedPdf(certificatePdfUrl(view.id), `办理结果通知书-${view.number ?? view.id}.pdf`);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setOpening(false);
    }
  };

  return (
    <Section id="case-result" title="电子送达">
      {ready ? (
        <View className="page-actions">
          <Button id="certificate-download" kind="primary" block loading={opening} onClick={() => void open()}>
            下载电子证照
          </Button>
          <View className="hint">办理结果通知书（PDF），可随时再次下载，无需到窗口领取。</View>
        </View>
      ) : (
        <View id="case-result-pending" className="hint">
          办结后在此下载办理结果通知书（PDF），无需到窗口领取。
        </View>
      )}
    </Section>
  );
}
