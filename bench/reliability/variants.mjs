// The hostile variants of one route, each spoiling the skeleton request one way: wrong types, missing and
// extra fields, 1 MB strings, deep nesting, operator objects, bad ids, NUL and bidi characters, huge
// numbers, wrong content types. Every variant is something the contract refuses (4xx), so a 2xx is a finding.
import { headerSkeleton, propsOf, requiredOf, schemaType, skeleton } from './openapi.mjs';

const MB = 'a'.repeat(1024 * 1024 + 1);
const NUL_BIDI = 'a\u0000b\u202Ec';
const OPERATOR = { $gt: '' };
/** JSON can say 1e400; JSON.parse makes it Infinity, which no schema of ours takes. */
const HUGE = '1e400';

function deep(levels) {
  let v = '{"a":1}';
  for (let i = 0; i < levels; i += 1) v = `{"a":${v}}`;
  return v;
}

const wrongValue = (s) => {
  switch (schemaType(s)) {
    case 'string':
      return 12345;
    case 'number':
    case 'integer':
      return 'not a number';
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return ['not', 'an', 'object'];
    default:
      return [[[]]];
  }
};

/** The body skeleton with every property of `pick`'s type replaced by `make(schema)`; null when none is. */
function replaceProps(body, pick, make) {
  const props = propsOf(body);
  const names = Object.keys(props).filter((n) => pick(props[n]));
  if (!names.length) return null;
  const out = { ...skeleton(body) };
  for (const n of names) out[n] = make(props[n]);
  return out;
}

const isString = (s) => schemaType(s) === 'string';
const isNumber = (s) => ['number', 'integer'].includes(schemaType(s));

/** A bad id in each path parameter: none of them names an object. */
const BAD_IDS = [
  ['bad id: well-formed, unknown', '0123456789abcdef01234567'],
  ['bad id: operator', encodeURIComponent('{"$gt":""}')],
  ['bad id: NUL and U+202E', encodeURIComponent(NUL_BIDI)],
  ['bad id: 2,000 characters', 'x'.repeat(2000)],
  ['bad id: path traversal', '..%2F..%2Fetc%2Fpasswd'],
];

const fillPath = (route, value) => route.path.replace(/\{[^}]+\}/g, () => value);

/**
 * @returns {{name: string, method: string, url: string, headers: object, body?: string}[]}
 *   `url` relative to /api/v1; variants of path, query and body.
 */
export function variantsOf(route) {
  const out = [];
  const url0 = fillPath(route, '0123456789abcdef01234567').replace(/^\/api\/v1/, '');
  const headers = headerSkeleton(route);
  const json = (name, value, extra = {}) =>
    out.push({
      name,
      method: route.method,
      url: url0,
      headers: { ...headers, 'content-type': 'application/json', ...extra },
      body: typeof value === 'string' ? value : JSON.stringify(value),
    });

  if (route.pathParams.length) {
    for (const [name, id] of BAD_IDS) {
      const url = fillPath(route, id).replace(/^\/api\/v1/, '');
      const body = route.body ? JSON.stringify(skeleton(route.body)) : undefined;
      out.push({
        name,
        method: route.method,
        url,
        headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
        body,
      });
    }
  }

  for (const q of route.query) {
    // Free text (a search) may be anything: NUL, U+202E or "1e400" found nothing is an honest answer there.
    const freeText = isString(q.schema) && !q.schema?.enum && !q.schema?.pattern && !q.schema?.format;
    const add = (name, value, ignorable = false) =>
      out.push({ name: `query ${q.name}: ${name}`, method: route.method, url: `${url0}?${value}`, headers, ignorable });
    const k = encodeURIComponent(q.name);
    if (q.schema?.enum || isNumber(q.schema) || schemaType(q.schema) === 'boolean') add('wrong type', `${k}=%7B%7D`);
    add('operator object', `${k}[$gt]=`);
    add('NUL and U+202E', `${k}=${encodeURIComponent(NUL_BIDI)}`, freeText);
    add('8 KB string', `${k}=${'q'.repeat(8 * 1024)}`);
    add('huge number', `${k}=${HUGE}`, freeText);
    break; // the first query parameter carries the variants: the others are parsed by the same code
  }

  if (route.body) {
    const body = route.body;
    const props = propsOf(body);
    json('wrong types', Object.keys(props).length ? replaceProps(body, () => true, wrongValue) : []);
    json('missing fields', requiredOf(body).length ? {} : 'null');
    json('extra fields', { ...skeleton(body), $where: 'sleep(1000)', extraField: OPERATOR });
    json('1 MB strings', replaceProps(body, isString, () => MB) ?? { ...skeleton(body), big: MB });
    json('deep nesting (5,000 levels)', `{"nested":${deep(5000)}}`);
    json('operator objects', replaceProps(body, isString, () => OPERATOR) ?? OPERATOR);
    // NUL and U+202E on their own may be honest text (a comment); with a required field missing the
    // answer must be 4xx whatever the text rules are, and the characters still pass the parser and logger.
    const nul = replaceProps(body, isString, () => NUL_BIDI);
    if (nul && requiredOf(body).length) delete nul[requiredOf(body).at(-1)];
    json('NUL and U+202E', nul && requiredOf(body).length ? nul : { [NUL_BIDI]: NUL_BIDI, ...wrongTop(body) });
    const huge = replaceProps(body, isNumber, () => 0) ?? replaceProps(body, isString, () => 0);
    json('huge numbers', huge ? JSON.stringify(huge).replace(/":0([,}])/g, `":${HUGE}$1`) : `{"n":${HUGE}}`);
    out.push({
      name: 'wrong content type (text/plain)',
      method: route.method,
      url: url0,
      headers: { ...headers, 'content-type': 'text/plain' },
      body: JSON.stringify(skeleton(body)),
    });
  } else if (route.multipart) {
    const form = (name, parts) => {
      const boundary = 'reliability0boundary';
      const body = parts
        .map(
          ([field, filename, type, content]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${field}"${filename ? `; filename="${filename}"` : ''}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`,
        )
        .join('');
      out.push({
        name,
        method: route.method,
        url: url0,
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: `${body}--${boundary}--\r\n`,
      });
    };
    json('JSON instead of a file', { file: 'x' });
    form('no file part', [['note', null, null, 'x']]);
    form('text posing as a JPEG', [['file', 'a.jpg', 'image/jpeg', 'not a jpeg at all']]);
    form('NUL and U+202E in the file name', [['file', `gpj.${NUL_BIDI}exe`, 'image/jpeg', 'MZ\u0000\u0000']]);
    form('script posing as a PNG', [['file', '../../x.png', 'image/png', '<script>alert(1)</script>']]);
  }
  if (out.length < 5) {
    // A route that takes nothing (GET /me): junk it may ignore. `ignorable`: a 2xx is no finding here,
    // but a 5xx or a write still is.
    const junk = ['$where=sleep(1000)', '__proto__[admin]=1', `x=${encodeURIComponent(NUL_BIDI)}`];
    junk.push(`x=${HUGE}`, `x[$gt]=`, `constructor[prototype][admin]=1`);
    for (const q of junk)
      out.push({
        name: `junk query ${q.slice(0, 20)}`,
        method: route.method,
        url: `${url0}?${q}`,
        headers,
        ignorable: true,
      });
  }
  return out;
}

/** A top-level wrong value for a body with no string property (so the NUL key alone is not the only fault). */
function wrongTop(body) {
  const props = propsOf(body);
  const first = Object.keys(props)[0];
  return first ? { [first]: wrongValue(props[first]) } : {};
}
