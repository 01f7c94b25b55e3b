import { type AuthorizationStatus, type CaseAuthorizationView, type PaperCheck, type Station } from '@onetrip/shared';
import { type TagTone } from '@/components/Tag';

/** Written out here rather than derived from the schemas' enums, which would bring zod into the bundle. */
export const AUTHORIZATION_STATUS_LABELS: Record<AuthorizationStatus, string> = {
  pending: '待居民确认',
  confirmed: '已确认',
  revoked: '已撤销',
};

export const AUTHORIZATION_STATUS_TONES: Record<AuthorizationStatus, TagTone> = {
  pending: 'orange',
  confirmed: 'green',
  revoked: 'grey',
};

/** Staff's check of a signed paper form, done at acceptance. */
export const PAPER_CHECK_LABELS: Record<PaperCheck, string> = {
  unchecked: '待窗口核验',
  accepted: '窗口已核验',
  refused: '核验未通过',
};

export const PAPER_CHECK_TONES: Record<PaperCheck, TagTone> = {
  unchecked: 'orange',
  accepted: 'green',
  refused: 'red',
};

/** 大店镇 / 东山村 → 大店镇东山村代办点; '' when the agent has no station. */
export function stationName(station: Station | null | undefined): string {
  return station ? `${station.town}${station.village}代办点` : '';
}

/** 由代办员 李四（大店镇东山村代办点）代办 — who applied in a resident's name. */
export function agentNote(agent: { name?: string; station?: Station | null } | undefined): string {
  const name = agent?.name ? ` ${agent.name}` : '';
  const station = stationName(agent?.station);
  return `由代办员${name}${station ? `（${station}）` : ''}代办`;
}

/**
 * Whether an agent's case may be submitted as far as the resident's consent goes: confirmed in WeChat,
 * or a signed paper form on the case that staff have not refused (they check it at acceptance).
 */
export function isAuthorized(authorization: CaseAuthorizationView | undefined): boolean {
  if (!authorization) return false;
  return (
    authorization.status === 'confirmed' ||
    (authorization.paper !== undefined && authorization.paper.check !== 'refused')
  );
}

/** Where an agent case's consent stands, in one tag and one line (case page, review step). */
export function authorizationState(authorization: CaseAuthorizationView | undefined): {
  label: string;
  tone: TagTone;
  desc: string;
} {
  if (!authorization) return { label: '无授权信息', tone: 'grey', desc: '' };
  const { status, paper } = authorization;
  if (status === 'revoked') return { label: '居民已撤销', tone: 'grey', desc: '不能再以居民名义提交或办理' };
  if (status === 'confirmed') return { label: '居民已确认', tone: 'green', desc: '居民已在本人微信中确认授权' };
  if (paper?.check === 'refused') {
    return { label: '纸质授权书未通过', tone: 'red', desc: paper.note ?? '请重新上传，或请居民扫码确认' };
  }
  if (paper)
    return {
      label: PAPER_CHECK_LABELS[paper.check],
      tone: PAPER_CHECK_TONES[paper.check],
      desc: '已上传纸质授权委托书',
    };
  return { label: AUTHORIZATION_STATUS_LABELS.pending, tone: 'orange', desc: '请居民微信扫码确认，或上传纸质授权书' };
}
