import { type FastifyInstance } from 'fastify';
import { GOVERNMENT_HOTLINE } from '@onetrip/shared';
import { centreContact } from '../users';

/** Whom a resident can call about a message: 12345 and the centre's own phone (null until an admin sets it). */
export interface HelpLines {
  hotline: string;
  centrePhone: string | null;
}

/** The lines as of now (one read by `_id`; the hotline is a constant). */
export async function helpLinesOf(app: Pick<FastifyInstance, 'db'>): Promise<HelpLines> {
  const contact = await centreContact(app.db);
  return { hotline: GOVERNMENT_HOTLINE, centrePhone: contact?.phone ?? null };
}

/** The sentence a text ends with. */
export const helpSentence = ({ hotline, centrePhone }: HelpLines) =>
  centrePhone
    ? `如有疑问，请拨打政务服务中心电话${centrePhone}或${hotline}政务服务便民热线`
    : `如有疑问，请拨打${hotline}政务服务便民热线`;

/** The same in a subscription message's `thing` (≤ 20 characters): the centre's phone when it fits. */
export function helpThing({ hotline, centrePhone }: HelpLines): string {
  const both = `可拨${centrePhone ?? ''}或${hotline}`;
  return centrePhone && [...both].length <= 20 ? both : `疑问请拨${hotline}热线`;
}
