import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { EDGE_HEADERS } from './edge-headers';


type Env = {
  incoming?: { socket?: { remoteAddress?: string } };
  requestContext?: { http?: { sourceIp?: string } };
};

/**
 * The address the caller is known by to the guessing limit: never a header the caller wrote.
 * Behind CloudFront it is the viewer address CloudFront saw; a request that reached API Gateway
 * without CloudFront's proof is known by the address API Gateway saw; locally, the socket's.
 * X-Forwarded-For is never read: its entries are whatever the caller chose to send.
 */
export function clientAddress(c: Context, edgeProof?: string): string {
  const env = c.env as Env | undefined;
  const viewer = c.req.header(EDGE_HEADERS.viewer);
  if (edgeProof && viewer && sameSecret(c.req.header(EDGE_HEADERS.proof), edgeProof)) return addressBlock(viewer);
  const direct = env?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress;
  return direct ? addressBlock(direct) : 'unknown';
}

function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What one client controls: an IPv4 address, or an IPv6 /64 (a home or school gets a whole /64,
 * so counting single IPv6 addresses would give a guesser billions of fresh starts). An IPv4
 * address written as IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
 */
export function addressBlock(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(':')) return a;
  const [head = '', tail] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
