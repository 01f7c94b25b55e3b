import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI generated from the same zod schemas (package `shared`) that validate requests. */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: { title: 'OneTrip BFF (一次办)', version: '1.0.0', description: 'HTTP contract v1' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      },
      transform: jsonSchemaTransform,
    });
    app.get('/api/v1/docs/json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'swagger' },
);
