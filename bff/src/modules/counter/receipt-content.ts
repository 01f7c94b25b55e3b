import { maskName, type CentreContact, type CounterReceipt, type ReceiptKind } from '@onetrip/shared';
import { fieldsOf, heldByOf, type ApplicationRecord, type CaseNotice } from '../applications';
import { cnDate, cnDateTime, cnDay } from './receipt-format';

/** What a receipt needs beyond the case, worked out by the caller (reads, decryption, the clock). */
export interface ReceiptInputs {
  /** the centre as its papers name it (null: not set yet — the hall's name is printed instead) */
  centre: CentreContact | null;
  /** the applicant, already masked by the caller; `phoneLast4` is the progress lookup's code */
  applicant: { name: string; idNumberMasked: string; phoneMasked: string; phoneLast4: string };
  /** the time limit's due moment (accepted cases) */
  dueAt: Date | null;
  /** the public progress page of the case (accepted cases) */
  progressUrl: string | null;
  issuedAt: Date;
}

type Section = CounterReceipt['sections'][number];

/** Which paper the case has: the 受理回执 once accepted at the counter, the 一次性告知书 of a refused intake, or none. */
export function receiptKindOf(
  record: Pick<ApplicationRecord, 'counter' | 'acceptedAt' | 'number' | 'notices' | 'status'>,
): ReceiptKind | null {
  if (!record.counter) return null;
  if (record.acceptedAt && record.number) return 'acceptance';
  if (record.status === 'draft' && record.notices.length) return 'notice';
  return null;
}

const numbered = (lines: string[]) => lines.map((line, i) => `${i + 1}. ${line}`);
const orNone = (lines: string[], none: string) => (lines.length ? lines : [none]);

function itemsSection(record: ApplicationRecord): Section {
  const items = numbered(record.items.map((i) => `${i.name}（${i.department}，承诺${i.promisedDays}个工作日办结）`));
  return { heading: '申请事项', lines: record.chain ? [`一链办理：${record.chain.name}`, ...items] : items };
}

/**
 * Every material with files, how many, and whether its original was checked at
 * the counter (原件已核验); one the centre holds without files says so (系统已核验).
 */
function receivedSection(record: ApplicationRecord): Section {
  const lines = record.materials.flatMap((m) => {
    if (m.uploadIds.length > 0)
      return [`${m.name}（电子件${m.uploadIds.length}份${m.originalCheck ? '，原件已核验' : ''}）`];
    const held = heldByOf(record, m);
    // A chain's own result is not received yet: it comes when the earlier item is approved.
    if (held?.kind === 'chain') return [`${m.name}（由本链「${held.itemName}」办结后提供，免提交）`];
    return held ? [`${m.name}（系统已核验，免提交）`] : [];
  });
  return { heading: '已收材料', lines: orNone(numbered(lines), '暂未收取材料') };
}

function centreSection(record: ApplicationRecord, inputs: ReceiptInputs): Section {
  const hall = record.counter?.hall;
  const { centre } = inputs;
  return {
    heading: '办理地点',
    lines: [
      ...(centre ? [centre.name, `地址：${centre.address}`] : []),
      ...(hall ? [`受理窗口：${hall}`] : []),
      ...(centre ? [`咨询电话：${centre.phone}`] : []),
    ],
  };
}

function deliveryLine(record: ApplicationRecord): string {
  const address = record.delivery?.address;
  if (record.delivery?.method === 'express' && address)
    return `快递送达：${address.region.join('')}${address.detail}（收件人 ${maskName(address.name)}）`;
  if (record.delivery?.method === 'electronic')
    return '电子送达：办结后在“一次办”小程序下载办理结果通知书（本人实名认证后可见），也可到出件窗口打印';
  return '窗口领取：办结后凭短信或微信收到的取件码到窗口领取';
}

/** 受理回执: what was accepted, what was received, what is owed by when, when it will be done, how to follow it. */
function acceptanceSections(record: ApplicationRecord, inputs: ReceiptInputs): Section[] {
  const { applicant, dueAt, progressUrl } = inputs;
  const gapNames = (record.gaps ?? []).map((code) => record.materials.find((m) => m.code === code)?.name ?? code);
  const promised = Math.max(0, ...record.items.map((i) => i.promisedDays));
  return [
    {
      heading: '办件信息',
      lines: [
        `办件编号：${record.number ?? ''}`,
        `申请人：${maskName(applicant.name)}（身份证号 ${applicant.idNumberMasked}）`,
        `联系电话：${applicant.phoneMasked}`,
        ...(record.acceptedAt ? [`受理时间：${cnDateTime(record.acceptedAt)}`] : []),
      ],
    },
    itemsSection(record),
    receivedSection(record),
    {
      heading: '容缺受理',
      lines: gapNames.length
        ? [
            `以下材料容缺受理，请于${record.gapsDue ? cnDay(record.gapsDue) : '出证'}前补齐（可到窗口提交或在微信小程序中上传）：`,
            ...numbered(gapNames),
          ]
        : ['无容缺材料'],
    },
    {
      heading: '承诺办结',
      lines: dueAt
        ? [`承诺办结时间：${cnDate(dueAt)}前（自受理之日起${promised}个工作日，法定节假日顺延）`]
        : [`自受理之日起${promised}个工作日内办结`],
    },
    { heading: '领取方式', lines: [deliveryLine(record)] },
    {
      heading: '进度查询',
      lines: [
        `凭办件编号和手机号后4位（${applicant.phoneLast4}）查询办理进度`,
        ...(progressUrl ? [`查询网址：${progressUrl}`] : []),
        '以本人身份证号在“一次办”微信小程序完成实名认证后，也可直接查看本办件',
      ],
    },
    centreSection(record, inputs),
  ];
}

/** What a problem of the notice is about: the material's name, the field's label, or the delivery. */
function problemLabel(record: ApplicationRecord, p: CaseNotice['problems'][number]): string {
  if (p.materialCode) return record.materials.find((m) => m.code === p.materialCode)?.name ?? p.materialCode;
  if (p.field === 'delivery') return '领取方式';
  return fieldsOf(record).find((f) => f.key === p.field)?.label ?? p.field ?? '';
}

/** 一次性告知书: everything missing at once, with reasons; what was received stays with the case. */
function noticeSections(record: ApplicationRecord, notice: CaseNotice, inputs: ReceiptInputs): Section[] {
  const { applicant } = inputs;
  const where = record.counter?.hall || inputs.centre?.name || '本中心';
  return [
    {
      heading: '告知事项',
      lines: [
        `${maskName(applicant.name)}（身份证号 ${applicant.idNumberMasked}）：`,
        `您于${cnDateTime(notice.at)}在${where}申请办理下列事项，经审查，申请材料尚不齐全或不符合法定形式，现将需要补正的全部内容一次性告知如下。`,
      ],
    },
    itemsSection(record),
    {
      heading: '需补正的内容',
      lines: numbered(notice.problems.map((p) => `${problemLabel(record, p)}：${p.reason}`)),
    },
    receivedSection(record),
    {
      heading: '补正后办理',
      lines: [
        '补齐后请携带本告知书和上述材料到窗口办理，已收取的材料无需重复提交。',
        '也可以本人身份证号在“一次办”微信小程序完成实名认证，继续填写、上传并提交本办件。',
      ],
    },
    centreSection(record, inputs),
  ];
}

/**
 * The printed paper of a counter case as lines under headings — the whole
 * content of the PDF, which only lays them out. Pure: the same case and
 * inputs give the same paper. A 一次性告知书 shows `notice` (the case's
 * latest notice by default).
 */
export function receiptContent(
  record: ApplicationRecord,
  kind: ReceiptKind,
  inputs: ReceiptInputs,
  notice: CaseNotice | undefined = record.notices.at(-1),
): CounterReceipt {
  const centreName = inputs.centre?.name ?? '政务服务中心';
  if (kind === 'notice') {
    if (!notice) throw new Error('a 一次性告知书 needs a notice');
    return {
      kind,
      title: `${centreName}一次性告知书`,
      number: null,
      issuedAt: inputs.issuedAt.toISOString(),
      sections: noticeSections(record, notice, inputs),
    };
  }
  return {
    kind,
    title: `${centreName}受理回执`,
    number: record.number ?? null,
    issuedAt: inputs.issuedAt.toISOString(),
    sections: acceptanceSections(record, inputs),
  };
}
