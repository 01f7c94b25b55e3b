import { type FastifyPluginAsync } from 'fastify';
import { type PayContext } from './context';
import { payErrorHandler } from './errors';
import { OrderStore } from './orders';
import { loadKeys, type WechatPaySettings } from './settings';
import { v3Api } from './v3.plugin';
import { controlRoutes } from './control.routes';
import { h5payRoutes } from './h5pay.routes';

export interface WechatPaySimulatorOptions {
  settings: WechatPaySettings;
}

/**
 * WeChat Pay API v3 for one merchant in platform public-key mode: the
 * signed `/v3` API, the test controls that make the user pay, and the H5
 * cashier page. Encapsulated (not fastify-plugin) so its body parsers,
 * hooks and error shape stay inside.
 */
export const wechatPaySimulator: FastifyPluginAsync<WechatPaySimulatorOptions> = async (app, { settings }) => {
  const pay: PayContext = { settings, keys: loadKeys(settings), orders: new OrderStore(), deliveries: new Set() };
  app.setErrorHandler(payErrorHandler);
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pay.deliveries]);
  });
  await app.register(v3Api, { pay });
  await app.register(controlRoutes, { pay });
  await app.register(h5payRoutes, { pay });
};
