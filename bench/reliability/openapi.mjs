// Reading the BFF's own OpenAPI document (GET /api/v1/docs/json): every route, its parameters and body
// schema, and a skeleton value for a schema — the starting point each hostile variant spoils one way.
import { randomUUID } from 'node:crypto';

export async function routesOf(base) {
  const res = await fetch(`${base}/docs/json`);
  if (!res.ok) throw new Error(`GET /docs/json: ${res.status}`);
  const doc = await res.json();
  const resolve = (s) => {
    if (!s || typeof s !== 'object') return s;
    if (s.$ref)
      return resolve(
        s.$ref
          .split('/')
          .slice(1)
          .reduce((o, k) => o?.[k], doc),
      );
    return s;
  };
  const routes = [];
  for (const [p, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = (op.parameters ?? []).map((x) => ({ ...resolve(x), schema: resolve(resolve(x).schema) }));
      const content = op.requestBody?.content ?? {};
      const jsonBody = content['application/json']?.schema;
      routes.push({
        method: method.toUpperCase(),
        path: p,
        signedIn: Boolean(op.security?.length),
        pathParams: params.filter((x) => x.in === 'path'),
        query: params.filter((x) => x.in === 'query'),
        headers: params.filter((x) => x.in === 'header'),
        body: jsonBody ? deref(jsonBody, resolve) : null,
        multipart: Boolean(content['multipart/form-data']),
      });
    }
  }
  return { doc, routes };
}

/** The schema with every $ref replaced (depth-limited: the contract has no recursive schema we rely on). */
function deref(schema, resolve, depth = 0) {
  const s = resolve(schema);
  if (!s || typeof s !== 'object' || depth > 12) return s;
  if (Array.isArray(s)) return s.map((x) => deref(x, resolve, depth + 1));
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, deref(v, resolve, depth + 1)]));
}

const typeOf = (s) => {
  if (!s) return 'any';
  if (s.type) return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  const alt = s.anyOf?.[0] ?? s.oneOf?.[0] ?? s.allOf?.[0];
  if (alt) return typeOf(alt);
  if (s.enum) return typeof s.enum[0];
  if (s.const !== undefined) return typeof s.const;
  return 'any';
};
export const schemaType = typeOf;

/** Properties of an object schema (first alternative of a union). */
export function propsOf(s) {
  if (!s) return {};
  if (s.properties) return s.properties;
  const alt = s.anyOf?.[0] ?? s.oneOf?.[0] ?? s.allOf?.[0];
  return alt ? propsOf(alt) : {};
}

export function requiredOf(s) {
  if (!s) return [];
  if (s.required) return s.required;
  const alt = s.anyOf?.[0] ?? s.oneOf?.[0] ?? s.allOf?.[0];
  return alt ? requiredOf(alt) : [];
}

/** A plausible value: what a client that read the document would send (it may still be refused on content). */
export function skeleton(s, depth = 0) {
  if (!s || depth > 6) return 'x';
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf || s.oneOf) return skeleton((s.anyOf ?? s.oneOf)[0], depth + 1);
  switch (typeOf(s)) {
    case 'object': {
      const props = propsOf(s);
      return Object.fromEntries(requiredOf(s).map((k) => [k, skeleton(props[k], depth + 1)]));
    }
    case 'array':
      return s.minItems ? [skeleton(s.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return 'x';
  }
}

/** Header parameters filled as a client would (an Idempotency-Key, an If-Match of version 1). */
export function headerSkeleton(route) {
  return Object.fromEntries(
    route.headers.map((h) => {
      const n = h.name.toLowerCase();
      if (n === 'idempotency-key') return [n, randomUUID()];
      if (n === 'if-match') return [n, '"1"'];
      return [n, String(skeleton(h.schema))];
    }),
  );
}
