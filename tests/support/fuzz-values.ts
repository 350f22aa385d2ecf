import fc from 'fast-check';

/**
 * The raw material of the fuzz tests: nasty text, mutated JSON, odd encodings. Route-free; the
 * routes' own shapes are in fuzz-routes.ts.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Text that has broken parsers, routers, key builders and templates somewhere. */
const NASTY = [
  '', ' ', '%', '%%', '%zz', '%00', '%2e%2e', '%2F', '%C0%AF', '%E0%A4%A', '%FF', '..', '../..', '.', '\u0000', 'null', 'undefined',
  'NaN', '-1', '0', '1e309', 'true', '[]', '{}', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
  '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '{{7*7}}', '%s%s%n', '\u202eevil', 'Zoë', 'ÅÄÖ', '日本語', '👩‍👩‍👧‍👦', 'ﷺ', '\u200b',
  '\ud800', '\udfff', 'tab\there', 'new\nline', 'CR\rLF', 'CODE#X', 'SETTING#alpha-high', 'a#b', '\\', '/', '?', '#', '&', '=', '+', ';',
  ',', '*', 'a'.repeat(41), 'a'.repeat(65), 'A'.repeat(2_048), 'Ω'.repeat(1_500), '  padded  ', 'UPPER-CASE', 'alpha-high ', 'alpha_high',
];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
);

/** Mostly one of `good`, sometimes anything nasty. */
export const mostly = <T>(good: fc.Arbitrary<T>, weight = 6): fc.Arbitrary<T | string> =>
  fc.oneof({ arbitrary: good, weight }, { arbitrary: nastyString, weight: 1 });

/** Values of the wrong type for any field. */
export const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, '', [], {}, [null], { '': null }, '0', 'true'),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  nastyString,
  fc.array(nastyString, { maxLength: 8 }),
);

const POLLUTING = ['__proto__', 'constructor', 'prototype'];

/** Sets `obj[key]` as an own property, even for `__proto__`, so JSON.stringify writes it as a key. */
function setOwn(obj: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(obj, key, { value: copyJson(value), enumerable: true, writable: true, configurable: true });
}

/** Every object and array inside `value` (itself included), for mutations to pick from. */
function containers(value: Json, into: (Json[] | Record<string, Json>)[] = []) {
  if (value && typeof value === 'object') {
    into.push(value);
    for (const v of Object.values(value)) containers(v, into);
  }
  return into;
}

type Mutation = (value: Json) => Json;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Drop a field (or an element).
  fc.nat().map((i): Mutation => (v) => {
    const cs = containers(v);
    const c = cs[i % Math.max(1, cs.length)];
    if (Array.isArray(c)) c.splice(i % Math.max(1, c.length), 1);
    else if (c) delete c[Object.keys(c)[i % Math.max(1, Object.keys(c).length)]!];
    return v;
  }),
  // Give a field a value of the wrong type.
  fc.tuple(fc.nat(), fc.nat(), wrongValue).map(([i, j, w]): Mutation => (v) => {
    const cs = containers(v);
    const c = cs[i % Math.max(1, cs.length)];
    if (Array.isArray(c)) c[j % Math.max(1, c.length)] = copyJson(w);
    else if (c) {
      const keys = Object.keys(c);
      if (keys.length) setOwn(c, keys[j % keys.length]!, w);
    }
    return cs.length ? v : copyJson(w);
  }),
  // Add a field nobody expects, prototype pollution included.
  fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...POLLUTING), nastyString), fc.oneof(wrongValue, fc.constant<Json>({ polluted: 'yes', isAdmin: true }))).map(
    ([i, key, w]): Mutation => (v) => {
      const objects = containers(v).filter((c) => !Array.isArray(c)) as Record<string, Json>[];
      const o = objects[i % Math.max(1, objects.length)];
      if (o) setOwn(o, key, w);
      return v;
    },
  ),
  // The whole body as something else.
  fc.constantFrom<Mutation>((v) => [v], () => null, () => 42, () => 'a string', () => true, () => [], (v) => ({ data: v })),
);

/** `valid`, with one to three things wrong with it. */
export const mutated = (valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => ms.reduce((acc, m) => m(acc), copyJson(v)));

/**
 * A deep copy, so a mutation never changes a value fast-check generated (it reuses them while
 * shrinking, and constants always). JSON.parse makes an own `__proto__` key an own property again.
 */
const copyJson = (v: Json): Json => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as Json));

/** What a request carries as its body. */
export type Body = { kind: 'none' } | { kind: 'json'; value: Json } | { kind: 'text'; text: string } | { kind: 'bytes'; bytes: Uint8Array };

/** Bodies that are not JSON of any shape: broken, deep, huge, other encodings. */
export const junkBody: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom(
    '', '{', '}', '{"a":}', '{"a":1,}', "{'a':1}", 'null', 'undefined', 'NaN', '[', '"', '\ufeff{}', '{"a":1}{"b":2}', 'a=1&b=2',
    '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--xyz--', '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}', '{"a":1,"a":2}', '1'.repeat(400), '[1e999]', '{"a":"\\ud800"}',
  ).map((text): Body => ({ kind: 'text', text })),
  fc.integer({ min: 1, max: 20_000 }).map((n): Body => ({ kind: 'text', text: '['.repeat(n) + ']'.repeat(n) })),
  fc.integer({ min: 1, max: 5_000 }).map((n): Body => ({ kind: 'text', text: '{"a":'.repeat(n) + '1' + '}'.repeat(n) })),
  fc.integer({ min: 60_000, max: 1_100_000 }).map((n): Body => ({ kind: 'text', text: JSON.stringify({ text: 'x'.repeat(n) }) })),
  fc.uint8Array({ maxLength: 200 }).map((bytes): Body => ({ kind: 'bytes', bytes })),
  fc.constant<Body>({ kind: 'bytes', bytes: new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]) }), // {"a":"<bad UTF-8>"}
  fc.string({ unit: 'binary', maxLength: 200 }).map((text): Body => ({ kind: 'text', text })),
);

/**
 * A body for a route that takes `valid` (or takes none): mostly the right shape, often one
 * thing wrong, sometimes anything at all.
 */
export function bodyFor(valid: fc.Arbitrary<Json> | undefined): fc.Arbitrary<Body> {
  const json = (a: fc.Arbitrary<Json>) => a.map((value): Body => ({ kind: 'json', value }));
  if (!valid) {
    return fc.oneof({ arbitrary: fc.constant<Body>({ kind: 'none' }), weight: 6 }, { arbitrary: json(wrongValue), weight: 1 }, { arbitrary: junkBody, weight: 1 });
  }
  return fc.oneof(
    { arbitrary: json(valid), weight: 6 },
    { arbitrary: json(mutated(valid)), weight: 3 },
    { arbitrary: json(fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>), weight: 1 },
    { arbitrary: junkBody, weight: 1 },
    { arbitrary: fc.constant<Body>({ kind: 'none' }), weight: 1 },
  );
}

/** The body as bytes or text to send, and how it was encoded. */
export function bodyText(body: Body): string | Uint8Array | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json':
      return JSON.stringify(body.value);
    case 'text':
      return body.text;
    case 'bytes':
      return body.bytes;
  }
}

/** A path segment as a client might send it: encoded, or raw (a raw `/`, `?`, `#` or `..` moves the request elsewhere). */
export const segment = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(value, fc.nat(9)).map(([v, how]) => (how < 7 ? encode(v) : how < 9 ? v : encodeURI(wellFormed(v))));

/** encodeURIComponent, which throws on a lone surrogate: those go as the replacement character's bytes. */
export const encode = (s: string) => encodeURIComponent(wellFormed(s));

/** Lone surrogates as U+FFFD (String.prototype.toWellFormed, which this TypeScript lib does not declare). */
export const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

/** A header value a client could send: Latin-1 without control characters (what `Headers` accepts). */
export const headerText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  // UTF-8 bytes read as Latin-1: what a client sending raw UTF-8 in a header looks like on arrival.
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => Buffer.from(wellFormed(s), 'utf8').toString('latin1')),
);

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json;charset=UTF-8',
  'application/json; charset=iso-8859-1',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/problem+json',
  'application/vnd.heard+json',
  'application/json-patch+json',
  'application/jsonx',
  'application/json; charset="',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=xyz',
  'multipart/form-data',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'application/octet-stream',
  '*/*',
  ';;;',
];

/** No Content-Type, or one of the usual ones, or one nobody sends. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'), weight: 8 },
  { arbitrary: fc.constantFrom(...CONTENT_TYPES), weight: 2 },
  { arbitrary: headerText, weight: 1 },
);
