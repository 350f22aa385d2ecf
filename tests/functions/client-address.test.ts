import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressBlock, clientAddress } from '../../functions/http/client-address';

const PROOF = 'edge-proof-0123456789abcdef';
const app = (proof?: string) => new Hono().get('/', (c) => c.text(clientAddress(c, proof)));
const seen = async (headers: Record<string, string>, env: object, proof?: string) => (await app(proof).request('/', { headers }, env)).text();
const gateway = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

describe('the address a request is counted under', () => {
  it('is the address API Gateway saw, whatever X-Forwarded-For says', async () => {
    expect(await seen({ 'x-forwarded-for': '10.1.1.1, 10.2.2.2' }, gateway('198.51.100.1'), PROOF)).toBe('198.51.100.1');
  });

  it('is the viewer address CloudFront saw, when CloudFront\'s proof comes with it', async () => {
    expect(await seen({ 'x-heard-viewer': '192.0.2.5', 'x-heard-edge': PROOF }, gateway('130.176.0.1'), PROOF)).toBe('192.0.2.5');
  });

  it('ignores a viewer address without the proof, with a wrong one, or where no proof is configured', async () => {
    expect(await seen({ 'x-heard-viewer': '192.0.2.5' }, gateway('198.51.100.2'), PROOF)).toBe('198.51.100.2');
    expect(await seen({ 'x-heard-viewer': '192.0.2.5', 'x-heard-edge': 'not-the-proof-at-all' }, gateway('198.51.100.2'), PROOF)).toBe('198.51.100.2');
    expect(await seen({ 'x-heard-viewer': '192.0.2.5', 'x-heard-edge': PROOF }, gateway('198.51.100.2'))).toBe('198.51.100.2');
  });

  it('is the socket\'s address locally, and "unknown" when nothing says', async () => {
    expect(await seen({}, { incoming: { socket: { remoteAddress: '::ffff:127.0.0.1' } } })).toBe('127.0.0.1');
    expect(await seen({ 'x-forwarded-for': '192.0.2.1' }, {})).toBe('unknown');
  });
});

describe('what one client controls', () => {
  it('is an IPv4 address as it is', () => {
    expect(addressBlock('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBlock('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    const block = '2001:db8:aa:1::/64';
    expect(addressBlock('2001:db8:aa:1::1')).toBe(block);
    expect(addressBlock('2001:0db8:00aa:0001:ffff:eeee:dddd:cccc')).toBe(block);
    expect(addressBlock('2001:DB8:AA:1:0:0:0:9')).toBe(block);
    expect(addressBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('2001:db8:aa:2::1')).not.toBe(block);
  });
});
