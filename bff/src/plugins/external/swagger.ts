import fp from 'fastify-plugin';
import swagger, { type SwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ErrorBody } from '@onetrip/shared';
import { errorCodesOf } from '../../lib/error-responses';

type Transform = NonNullable<Extract<SwaggerOptions, { transform?: unknown }>['transform']>;

/**
 * The zod transform, with each error answer declared by `errorResponses`
 * documented as a reference to the shared `ErrorBody` component and described
 * by the codes it stands for (`409: VERSION_CONFLICT, INVALID_STATE`).
 */
const transform: Transform = (document) => {
  const response = document.schema?.response as Record<string, unknown> | undefined;
  if (!response) return jsonSchemaTransform(document);
  const documented = Object.fromEntries(
    Object.entries(response).map(([status, schema]) => {
      const codes = errorCodesOf(schema);
      return [
        status,
        codes ? { description: codes.join(', '), content: { 'application/json': { schema: ErrorBody } } } : schema,
      ];
    }),
  );
  return jsonSchemaTransform({ ...document, schema: { ...document.schema, response: documented } });
};

/** The registered components; `ErrorBody` is only ever an answer, so its input twin would be an unused component. */
const transformObject: typeof jsonSchemaTransformObject = (document) => {
  const openapi = jsonSchemaTransformObject(document);
  if ('components' in openapi) delete openapi.components?.schemas?.ErrorBodyInput;
  return openapi;
};

/**
 * OpenAPI generated from the same zod schemas (package `shared`) that validate
 * requests and serialise answers, error answers included; served at
 * `/api/v1/docs/json`. Schemas registered with an id (`ErrorBody`) become components.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        info: { title: 'OneTrip BFF (一次办)', version: '1.0.0', description: 'HTTP contract v1' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      },
      transform,
      transformObject,
    });
    app.get('/api/v1/docs/json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'swagger' },
);
