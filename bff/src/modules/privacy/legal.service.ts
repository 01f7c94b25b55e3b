import { type Connection } from 'mongoose';
import {
  GOVERNMENT_HOTLINE,
  LEGAL_KINDS,
  LEGAL_TEXTS,
  type LegalDocumentView,
  type LegalIndex,
  type LegalKind,
} from '@onetrip/shared';
import { centreContact } from '../users';

/** `GET /legal`: the texts in force with their versions. */
export function legalIndex(): LegalIndex {
  return {
    items: LEGAL_KINDS.map((kind) => {
      const { version, title, effectiveDate } = LEGAL_TEXTS[kind];
      return { kind, version, title, effectiveDate };
    }),
  };
}

/**
 * `GET /legal/:kind`: one text as in force (shared `LEGAL_TEXTS`, the one source the app also
 * reads), with whom to contact: the centre as the admin set it (null parts until set) and 12345.
 * The contact is not part of the versioned text: a new phone number is no new policy.
 */
export async function legalDocument(conn: Connection, kind: LegalKind): Promise<LegalDocumentView> {
  const { version, title, effectiveDate, summary, sections } = LEGAL_TEXTS[kind];
  const centre = await centreContact(conn);
  return {
    kind,
    version,
    title,
    effectiveDate,
    summary,
    sections: sections.map((s) => ({ heading: s.heading, paragraphs: [...s.paragraphs] })),
    contact: {
      name: centre?.name ?? null,
      address: centre?.address ?? null,
      phone: centre?.phone ?? null,
      hotline: GOVERNMENT_HOTLINE,
    },
  };
}
