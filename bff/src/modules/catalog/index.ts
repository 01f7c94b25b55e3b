import { type FastifyPluginAsync } from 'fastify';

/** The catalog module: registers its models and routes. */
const catalogModule: FastifyPluginAsync = async () => {};

export default catalogModule;
