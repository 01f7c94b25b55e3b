import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { type ComplaintAboutInput, type ComplaintBody } from '@onetrip/shared';
import { Page } from '@/components';
import { errorMessage } from '@/services/api-error';
import { fileComplaint } from '@/services/complaints';
import { PAGES } from '@/utils/navigation';
import { safeDecode } from '@/utils/qr';
import { toast } from '@/utils/toast';
import { ComplaintForm } from './ComplaintForm';
import '../common/complaint.scss';

/** What the page was opened about: `?case=&label=`, `?group=&window=&label=`, or nothing (the centre). */
function aboutOf(params: Record<string, string | undefined>): ComplaintAboutInput | undefined {
  if (params.case) return { type: 'case', caseId: params.case };
  if (params.group) return { type: 'window', group: params.group, ...(params.window ? { window: params.window } : {}) };
  return undefined;
}

/** 投诉建议: the form; once filed, the complaint's own page takes its place. */
export default function ComplaintNewPage() {
  const { params } = useRouter();
  const [busy, setBusy] = useState(false);
  const about = aboutOf(params);
  // Taro hands some targets' query values over still encoded; decoding a decoded label changes nothing.
  const label = params.label ? (safeDecode(params.label) ?? params.label) : undefined;

  const submit = async (body: ComplaintBody) => {
    if (busy) return;
    setBusy(true);
    try {
      const filed = await fileComplaint(body);
      toast('已提交', 'success');
      void Taro.redirectTo({ url: PAGES.complaintDetail(filed.id) });
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page id="complaint-new">
      <ComplaintForm
        about={about}
        aboutLabel={about ? label : undefined}
        busy={busy}
        onSubmit={(b) => void submit(b)}
      />
    </Page>
  );
}
