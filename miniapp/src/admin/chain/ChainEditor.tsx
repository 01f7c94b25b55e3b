import { useCallback } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components';
import { useResource } from '@/hooks/use-resource';
import { listAllAdminItems } from '@/services/admin-catalog';
import { ConflictNotice } from '../common/ConflictNotice';
import { DepartmentField } from '../common/DepartmentField';
import { Fold } from '../common/Fold';
import { ProblemProvider } from '../common/problem-context';
import { TextField } from '../common/TextField';
import { ChainHistory } from './ChainHistory';
import { ChainItems } from './ChainItems';
import { useChainEditor, type ChainRecord } from './use-chain-editor';
import '../common/editor.scss';
import './chain.scss';

interface ChainEditorProps {
  code?: string;
  record: ChainRecord | null;
  onReload: () => void;
}

/** A chain: its name, lead department and description, its ordered items, 保存, and its history. */
export function ChainEditor({ code, record, onReload }: ChainEditorProps) {
  const editor = useChainEditor(code, record);
  const { chain, edit, problems } = editor;
  const catalog = useResource(useCallback(() => listAllAdminItems(), []));
  return (
    <ProblemProvider problems={problems}>
      <View className="admin-editor-bar">
        <View className="admin-editor-bar__status">
          <Text className="admin-editor-bar__title">
            {editor.version > 0 ? `${chain.name} · 第 ${editor.version} 版` : '新的一链办理 · 尚未保存'}
          </Text>
          <Text id="chain-status" className="muted">
            {editor.dirty ? '有未保存的修改' : '已保存'}
          </Text>
        </View>
        <View className="admin-toolbar">
          <Button
            id="chain-save"
            kind="primary"
            size="small"
            loading={editor.saving}
            disabled={!editor.dirty}
            onClick={editor.save}
          >
            保存
          </Button>
        </View>
        {editor.conflict ? (
          <ConflictNotice
            id="chain-conflict"
            message="保存未成功：在您编辑期间，其他管理员保存了这个一链办理的新版本。请重新加载，在最新的内容上再修改（重新加载将放弃本页未保存的修改）。"
            onReload={onReload}
          />
        ) : null}
        <View
          id="chain-problems"
          className={problems.length ? 'admin-problems' : 'admin-problems admin-problems--none'}
        >
          {problems.length ? `${problems.length} 个问题需要修改后才能保存` : '✓ 没有发现问题'}
        </View>
      </View>
      <Fold id="chain-basics" title="基本信息" paths={[['code'], ['name'], ['leadDepartment'], ['description']]}>
        <TextField
          id="chain-code"
          label="编码"
          path={['code']}
          value={editor.code}
          disabled={editor.codeFixed}
          maxlength={40}
          placeholder="大写字母、数字和连字符，如 ESF"
          onChange={(v) => editor.setCode(v ?? '')}
        />
        <TextField
          id="chain-name"
          label="名称"
          path={['name']}
          value={chain.name}
          maxlength={60}
          onChange={(v) => edit(['name'], v ?? '')}
        />
        <DepartmentField
          id="chain-lead-department"
          label="牵头部门"
          path={['leadDepartment']}
          value={chain.leadDepartment}
          onChange={(v) => edit(['leadDepartment'], v)}
        />
        <TextField
          id="chain-description"
          label="说明"
          path={['description']}
          value={chain.description}
          optional
          multiline
          maxlength={300}
          onChange={(v) => edit(['description'], v)}
        />
      </Fold>
      <Fold id="chain-items" title="包含的事项" paths={[['items']]}>
        <ChainItems codes={chain.items} catalog={catalog.data ?? []} onChange={(codes) => edit(['items'], codes)} />
      </Fold>
      {editor.codeFixed && editor.version > 0 ? (
        <ChainHistory code={editor.code} version={editor.version} catalog={catalog.data ?? []} onLoad={editor.load} />
      ) : null}
    </ProblemProvider>
  );
}
