import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { WX_ERRORS, argumentInvalid, type WechatError } from './errors';
import { checkAccessToken, optionalText, type WechatRouteOptions } from './context';
import { checkMessageData } from './subscribe-rules';

const SendBody = z.object({
  touser: optionalText,
  template_id: optionalText,
  page: optionalText,
  data: z.unknown().optional(),
  miniprogram_state: optionalText,
  lang: optionalText,
});
const MessageData = z.record(z.string(), z.object({ value: z.string() }));
const STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

type MessageData = z.infer<typeof MessageData>;

/** Names the first key of `data` that is not `{value: string}`. */
function readData(data: unknown): { data: MessageData } | { error: WechatError } {
  const parsed = MessageData.safeParse(data);
  if (parsed.success) return { data: parsed.data };
  const key = parsed.error.issues[0]?.path[0];
  return { error: argumentInvalid(typeof key === 'string' ? `data.${key}.value` : 'data') };
}

/** Subscription messages: validated like WeChat, then recorded for tests. */
export const subscribeRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  // msgid is a number on the wire; stay well inside 2^53 so JSON keeps it exact.
  let nextMsgId = 1_000_000_001;
  const config = { scenarios: ['wechat-busy', 'not-subscribed'] } as const;

  app.post('/cgi-bin/message/subscribe/send', { config }, async (request) => {
    const refused = checkAccessToken(wechat, request.query);
    if (refused) return refused;
    const body = SendBody.safeParse(request.body);
    if (!body.success) return WX_ERRORS.dataFormatError;
    const { touser, template_id, page, miniprogram_state, lang } = body.data;
    if (!touser) return WX_ERRORS.invalidOpenid;
    if (!template_id) return WX_ERRORS.invalidTemplateId;
    if (miniprogram_state !== undefined && !STATES.includes(miniprogram_state)) {
      return argumentInvalid('miniprogram_state');
    }
    if (lang !== undefined && !LANGS.includes(lang)) return argumentInvalid('lang');
    const read = readData(body.data.data);
    if ('error' in read) return read.error;
    const { data } = read;
    const badValue = checkMessageData(data);
    if (badValue) return badValue;
    if (request.scenario === 'not-subscribed') return WX_ERRORS.notSubscribed;

    const msgid = nextMsgId++;
    app.records.messages.push({
      id: msgid,
      touser,
      template_id,
      page: page ?? null,
      data,
      miniprogram_state: miniprogram_state ?? null,
      lang: lang ?? null,
      at: new Date().toISOString(),
    });
    return { errcode: 0, errmsg: 'ok', msgid };
  });

  app.get('/__mock/messages', async (request, reply) => {
    const query = z.object({ touser: optionalText }).safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'InvalidQuery', message: 'touser must appear once' });
    const { touser } = query.data;
    return { items: app.records.messages.filter((m) => touser === undefined || m.touser === touser) };
  });
};
