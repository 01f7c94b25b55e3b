import { type FastifyPluginAsync } from 'fastify';

/** The auth module: registers its models and routes. */
const authModule: FastifyPluginAsync = async () => {};

export default authModule;
