import { type FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { WX_ERRORS } from './errors';
import { checkAccessToken, type WechatRouteOptions } from './context';
import { phoneFromCode } from './codes';

const PhoneNumberBody = z.object({ code: z.string().optional() });

/** getPhoneNumber: trades the button's code for the user's number. */
export const phoneRoutes: FastifyPluginAsync<WechatRouteOptions> = async (app, { wechat }) => {
  const config = { scenarios: ['wechat-busy', 'invalid-code'] } as const;

  app.post('/wxa/business/getuserphonenumber', { config }, async (request) => {
    const refused = checkAccessToken(wechat, request.query);
    if (refused) return refused;
    const body = PhoneNumberBody.safeParse(request.body);
    if (!body.success) return WX_ERRORS.dataFormatError;
    if (!body.data.code) return WX_ERRORS.codeMissing;
    const phone = request.scenario === 'invalid-code' ? null : phoneFromCode(body.data.code);
    if (phone === null) return WX_ERRORS.invalidCode;
    return {
      errcode: 0,
      errmsg: 'ok',
      phone_info: {
        // Mainland numbers: WeChat gives the same digits in both fields.
        phoneNumber: phone,
        purePhoneNumber: phone,
        countryCode: '86',
        watermark: { timestamp: Math.floor(Date.now() / 1000), appid: wechat.appId },
      },
    };
  });
};
