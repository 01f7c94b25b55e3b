import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { formatDateTime } from '@/utils/time';
import { ConflictNotice } from '../common/ConflictNotice';
import { ProblemSummary } from './ProblemSummary';
import { type ItemEditorState } from './use-item-editor';

/** Who saved the draft and when, and whether there is more than it holds. */
function draftLine({ draft, dirty }: Pick<ItemEditorState, 'draft' | 'dirty'>): string {
  if (!draft) return dirty ? '有未保存的修改' : '没有草稿';
  const who = draft.by ? draft.by.name || '管理员' : '您';
  return `草稿：${who}保存于 ${formatDateTime(draft.savedAt)}${dirty ? '，之后的修改尚未保存' : ''}`;
}

/** The editor's head: what is published, the draft, 保存草稿 / 发布 / 放弃草稿, and the problems. */
export function EditorToolbar({ editor, onReload }: { editor: ItemEditorState; onReload: () => void }) {
  const { published, draft, dirty, busy, problems, guide } = editor;
  return (
    <View id="item-toolbar" className="admin-editor-bar">
      <View className="admin-editor-bar__status">
        <Text id="item-status" className="admin-editor-bar__title">
          {published
            ? `${published.name} · 已发布第 ${published.version} 版（${formatDateTime(published.updatedAt)}）`
            : '新事项 · 尚未发布'}
        </Text>
        <Text id="item-draft-info" className="muted">
          {draftLine({ draft, dirty })}
        </Text>
      </View>
      <View className="admin-toolbar admin-editor-bar__actions">
        <Button
          id="item-save-draft"
          size="small"
          loading={busy === 'save'}
          disabled={!dirty || busy !== null}
          onClick={editor.saveDraft}
        >
          保存草稿
        </Button>
        <Button
          id="item-publish"
          kind="primary"
          size="small"
          loading={busy === 'publish'}
          disabled={(!dirty && !draft) || busy !== null}
          onClick={editor.publish}
        >
          发布
        </Button>
        <Button
          id="item-discard-draft"
          kind="warn"
          size="small"
          loading={busy === 'discard'}
          disabled={(!dirty && !draft) || busy !== null}
          onClick={editor.discard}
        >
          放弃草稿
        </Button>
      </View>
      {editor.conflict ? (
        <ConflictNotice
          id="item-conflict"
          message="发布未成功：在您编辑期间，其他管理员发布了这个事项的新版本。您的修改已保存为草稿，不会丢失；请重新加载，看过最新发布的内容后再发布。"
          onReload={onReload}
        />
      ) : null}
      <ProblemSummary problems={problems} guide={guide} />
    </View>
  );
}
