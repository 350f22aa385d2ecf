import type { MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';

/**
 * Gzips JSON, CSV and HTML of 1 KB or more for clients that accept it: the survey a pupil's phone
 * fetches shrinks from about 4.6 KB to 1.3 KB. CloudFront passes /api/* and /j/* through uncached,
 * so it cannot compress these itself; hono/aws-lambda sends the bytes base64-encoded.
 *
 * hono/compress skips a small body only when it knows the length, and `c.json` does not set one:
 * the inner middleware sets it, so a 15-byte answer is not wrapped in 20 bytes of gzip.
 */
export function compressLarge(): MiddlewareHandler[] {
  return [
    compress({ threshold: 1024 }),
    async (c, next) => {
      await next();
      if (c.res.body && !c.res.headers.has('content-length') && !c.res.headers.has('content-encoding')) {
        const bytes = await c.res.clone().arrayBuffer();
        c.res.headers.set('content-length', String(bytes.byteLength));
      }
    },
  ];
}
