import fc from 'fast-check';
import type { FuzzCity } from './fuzz-city';
import { paramValue, type RouteSpec, type Signer } from './fuzz-routes';
import { bodyFor, bodyText, contentType, encode, headerText, nastyString, segment, type Body } from './fuzz-values';

/** One generated request, as sent with `app.request(url, init, env)`. */
export type FuzzRequest = {
  route: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Body;
  /** Who sent it: a role's token, a token that must fail, or none. */
  who: string;
  /** It carries a genuine token, sent as the web app sends it. */
  signedIn: boolean;
  /** It reaches its route as generated (no raw `..` or `?` moved it, no other method), and that route is for signed-in people only. */
  guarded: boolean;
  /** The address API Gateway saw (`requestContext.http.sourceIp`), if any. */
  address: string | undefined;
};

/** `/api/x/:id/:step{a|b}/*` to its parts. */
type Part = { literal: string } | { param: string; alternatives?: string[] } | { wildcard: true };
function parsePath(path: string): Part[] {
  return path
    .split('/')
    .slice(1)
    .map((s): Part => {
      if (s === '*') return { wildcard: true };
      const m = /^:(\w+)(?:\{(.*)\})?$/.exec(s);
      if (!m) return { literal: s };
      return m[2] ? { param: m[1]!, alternatives: m[2].split('|') } : { param: m[1]! };
    });
}

/**
 * Who sends it. Mostly someone the route is for, as the web app sends the token (so requests
 * reach the handler); else another role or a token of an account Heard does not hold; else a
 * genuine token sent subtly wrong, a stranger's, one whose claims were edited; else nobody, or
 * junk (a pupil's join code, `alg: none`).
 */
type Auth = { who: string; header: string | undefined; signedIn: boolean };
function authorization(city: FuzzCity, intended: Signer[]): fc.Arbitrary<Auth> {
  const t = city.tokens;
  const SIGNED = ['admin', 'youth', 'staffAlpha', 'staffBeta', 'ghostAdmin', 'staffOfBoth', 'staffOfNone', 'oddName'] as const;
  const asAdmin = (token: string) => {
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString()) as Record<string, unknown>;
    // `edited` too, so even an admin's own token comes out different from what was signed.
    return [h, Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admin'], edited: true })).toString('base64url'), s].join('.');
  };
  const wellSent = (who: keyof typeof t) =>
    fc.constantFrom(`Bearer ${t[who]}`, `Bearer ${t[who]}`, `bearer ${t[who]}`, `Bearer   ${t[who]}`).map((header): Auth => ({ who, header, signedIn: true }));
  const badlySent = fc.tuple(fc.constantFrom(...SIGNED), fc.nat(6)).map(([who, how]) => {
    const token = t[who];
    const variants: [string, string][] = [
      ['changed signature', `Bearer ${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`],
      ['claims made admin', `Bearer ${asAdmin(token)}`],
      ['scheme Basic', `Basic ${token}`],
      ['no scheme', token],
      ['twice', `Bearer ${token} ${token}`],
      ['no signature', `Bearer ${token.split('.').slice(0, 2).join('.')}.`],
      ['signed by a stranger', `Bearer ${t.strangerAdmin}`],
    ];
    const [why, header] = variants[how]!;
    return { who: `${who} (${why})`, header, signedIn: false };
  });
  const junk = fc
    .oneof(
      fc.constantFrom('Bearer', 'Bearer ', 'Bearer null', 'Bearer undefined', 'Bearer AAA222BBB', 'Bearer a.b.c', 'Bearer ...', `Bearer ${'x'.repeat(9_000)}`),
      // alg "none", claiming to be admin
      fc.constant(`Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","cognito:groups":["admin"],"token_use":"id"}').toString('base64url')}.`),
      headerText.map((h) => `Bearer ${h}`),
      headerText,
    )
    .map((header): Auth => ({ who: 'junk token', header, signedIn: false }));
  const anonymous = fc.constant<Auth>({ who: 'anonymous', header: undefined, signedIn: false });
  return fc.oneof(
    { arbitrary: intended.length ? fc.constantFrom(...intended).chain(wellSent) : anonymous, weight: 10 },
    { arbitrary: fc.constantFrom(...SIGNED).chain(wellSent), weight: 4 },
    { arbitrary: badlySent, weight: 2 },
    { arbitrary: anonymous, weight: 2 },
    { arbitrary: junk, weight: 1 },
  );
}

const ADDRESSES = ['203.0.113.7', '198.51.100.23', '2001:db8:1:2::7', '2001:db8:1:2::8', '::ffff:203.0.113.7', 'not-an-address', ''];
const OTHER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** What a route's pattern matches, as Hono would match the path. */
function patternOf(path: string): RegExp {
  const parts = parsePath(path).map((p) =>
    'literal' in p ? p.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : 'param' in p ? (p.alternatives ? `(?:${p.alternatives.join('|')})` : '[^/]+') : '.*',
  );
  return new RegExp(`^/${parts.join('/')}$`);
}

/** Requests for one route: its method (now and then another), path, query, headers and body. */
export function requestsFor(city: FuzzCity, route: { method: string; path: string }, spec: RouteSpec): fc.Arbitrary<FuzzRequest> {
  const pattern = patternOf(route.path);
  const path = fc
    .tuple(
      ...parsePath(route.path).map((part) =>
        'literal' in part
          ? fc.constant(part.literal)
          : 'param' in part
            ? segment(paramValue(city.pools, part.param, part.alternatives))
            : fc.array(segment(nastyString), { maxLength: 3 }).map((xs) => xs.join('/')),
      ),
    )
    .map((parts) => `/${parts.join('/')}`);

  const known = Object.entries(spec.query ?? {});
  const query = fc
    .tuple(
      // The first parameter a route lists is the one it needs (`wave`), the rest optional (`year`, `gender`: asking for both is refused).
      fc.tuple(
        ...known.map(([name, value], i) =>
          fc.oneof(
            { arbitrary: fc.array(value, { minLength: 1, maxLength: 2 }).map((vs) => vs.map((v) => [name, v] as const)), weight: i === 0 ? 7 : 1 },
            { arbitrary: fc.constant(undefined), weight: i === 0 ? 1 : 2 },
          ),
        ),
      ),
      fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'wave[]', 'toString', ''), nastyString), nastyString), { maxLength: 2 }),
      fc.nat(9),
    )
    .map(([ours, extra, how]) => {
      const pairs = [...ours.flatMap((p) => p ?? []), ...(how < 3 ? extra : [])];
      if (!pairs.length) return '';
      // Encoded as a browser would, or raw (a raw & or # or % changes what arrives).
      return `?${pairs.map(([k, v]) => (how === 9 ? `${k}=${v}` : `${encode(k)}=${encode(v)}`)).join('&')}`;
    });

  const method = fc.oneof({ arbitrary: fc.constant(route.method), weight: 24 }, { arbitrary: fc.constantFrom(...OTHER_METHODS), weight: 1 });
  const extraHeaders = fc.record(
    {
      'accept-encoding': fc.constantFrom('gzip', 'gzip, deflate, br', 'br', 'identity', '*'),
      'accept-language': fc.oneof(fc.constantFrom('ar', 'pl;q=0.9, en;q=0.8', 'ur-PK', '*', 'xx', 'en;q=abc', ',,,'), headerText),
      'if-none-match': fc.constantFrom('*', ' * ', 'W/"x"'),
      'x-forwarded-for': fc.constantFrom('203.0.113.99', '1.2.3.4, 5.6.7.8', 'garbage', ''),
      'x-heard-viewer': fc.constantFrom('203.0.113.5', '[2001:db8::1]:443', 'garbage'),
      'x-heard-edge': headerText,
      'content-length': fc.constantFrom('0', '1', '99999999', '-1', 'abc'),
      'x-fuzz': headerText,
    },
    { requiredKeys: [] },
  );

  return fc
    .record({
      method,
      path,
      query,
      auth: authorization(city, spec.as),
      body: bodyFor(spec.body),
      contentType,
      extra: fc.option(extraHeaders, { freq: 2 }),
      address: fc.option(fc.constantFrom(...ADDRESSES), { freq: 3 }),
    })
    .map(({ method, path, query, auth, body, contentType, extra, address }): FuzzRequest => {
      const headers: Record<string, string> = { ...(extra ?? {}) };
      if (auth.header !== undefined) headers.authorization = auth.header;
      if (contentType !== undefined) headers['content-type'] = contentType;
      // A GET or OPTIONS with a body cannot even be built; a lying content-length only with a body.
      const sendsBody = method !== 'GET' && method !== 'OPTIONS' ? body : ({ kind: 'none' } as const);
      if (sendsBody.kind === 'none') delete headers['content-length'];
      const onRoute = method === route.method && pattern.test(new URL(path + query, 'http://localhost').pathname);
      return {
        route: `${route.method} ${route.path}`,
        method,
        url: path + query,
        headers,
        body: sendsBody,
        who: auth.who,
        signedIn: auth.signedIn,
        guarded: onRoute && spec.as.length > 0,
        address: address ?? undefined,
      };
    });
}

/** Sends `req` to the in-process app, as API Gateway would hand it over. */
export function send(city: FuzzCity, req: FuzzRequest): Promise<Response> {
  const body = bodyText(req.body);
  const env = req.address === undefined ? undefined : { requestContext: { http: { sourceIp: req.address } } };
  return Promise.resolve(city.app.request(req.url, { method: req.method, headers: req.headers, ...(body === undefined ? {} : { body: body as BodyInit }) }, env));
}
