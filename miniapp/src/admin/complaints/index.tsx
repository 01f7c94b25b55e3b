import { useCallback, useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus, type Light } from '@onetrip/shared';
import { Button, Chips, Remote, Section } from '@/components';
import { COMPLAINT_LIGHT_TEXT } from '@/features/complaints';
import { useResource } from '@/hooks/use-resource';
import { useVersionedRecord } from '@/hooks/use-versioned-record';
import { answerComplaint, getComplaintQueue, getSupervisedComplaint } from '@/services/complaints';
import { toast } from '@/utils/toast';
import { AdminPage } from '../common/AdminPage';
import { ComplaintCase } from './ComplaintCase';
import { ComplaintQueue } from './ComplaintQueue';
import './complaints.scss';

const STATUSES: ComplaintStatus[] = ['pending', 'answered', 'rated', 'closed'];
const LIGHTS: Light[] = ['red', 'yellow', 'green'];

/** The complaint opened beside the queue; its read is audited, its answer sent with the version read. */
function Opened({ id, onAnswered }: { id: string; onAnswered: () => void }) {
  const record = useVersionedRecord(
    useCallback(() => getSupervisedComplaint(id), [id]),
    { conflictMessage: '该投诉建议已被他人处理，已刷新' },
  );
  const [busy, setBusy] = useState(false);
  const answer = async (text: string) => {
    setBusy(true);
    const done = await record.write(async (version) => {
      const answered = await answerComplaint(id, version, { text });
      return { ...(record.current() ?? (await getSupervisedComplaint(id))), ...answered };
    });
    setBusy(false);
    if (done.ok) {
      toast('已答复，已通知投诉人', 'success');
      onAnswered();
    }
  };
  return (
    <Remote state={record} notFound={{ title: '没有找到这条投诉建议', desc: '可能不属于您负责的部门' }}>
      {(view) => <ComplaintCase key={view.version} view={view} busy={busy} onAnswer={(t) => void answer(t)} />}
    </Remote>
  );
}

/**
 * 投诉建议 of the console: the queue (待处理 due first, the overdue on top, with lights; or the answered, rated
 * and closed ones), one opened beside it with its photos, and the answer. `?id=` opens one at once.
 */
export default function AdminComplaintsPage() {
  const { params } = useRouter();
  const [status, setStatus] = useState<ComplaintStatus>('pending');
  const [light, setLight] = useState<Light | null>(null);
  const [opened, setOpened] = useState<string | null>(params.id ?? null);
  const queue = useResource(
    useCallback(() => getComplaintQueue({ status, ...(light ? { light } : {}) }), [status, light]),
  );
  useEffect(() => {
    if (status !== 'pending') setLight(null);
  }, [status]);

  return (
    <AdminPage id="complaints-page">
      <View className="admin-toolbar">
        <Chips
          chips={STATUSES.map((s) => ({ key: s, label: COMPLAINT_STATUS_LABELS[s], active: s === status }))}
          onToggle={(k) => setStatus(k as ComplaintStatus)}
        />
        {status === 'pending' ? (
          <Chips
            chips={LIGHTS.map((l) => ({ key: l, label: COMPLAINT_LIGHT_TEXT[l], active: l === light }))}
            onToggle={(k) => setLight((now) => (now === k ? null : (k as Light)))}
          />
        ) : null}
        <Button id="complaints-refresh" size="small" onClick={queue.retry}>
          刷新
        </Button>
      </View>
      <View className="admin-columns">
        <Section title={`${COMPLAINT_STATUS_LABELS[status]}${queue.data ? ` ${queue.data.total} 件` : ''}`} padded>
          <Remote state={queue}>
            {(list) => <ComplaintQueue rows={list.items} selected={opened} onOpen={setOpened} />}
          </Remote>
        </Section>
        {opened ? <Opened key={opened} id={opened} onAnswered={() => void queue.refresh()} /> : null}
      </View>
    </AdminPage>
  );
}
