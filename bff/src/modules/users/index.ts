import { type FastifyPluginAsync } from 'fastify';

/** The users module: registers its models and routes. */
const usersModule: FastifyPluginAsync = async () => {};

export default usersModule;
