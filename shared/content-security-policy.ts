import { createHash } from 'node:crypto';

/** The inline `<script>` and `<style>` blocks a page may run, as CSP hash sources (`'sha256-…'`). */
export type InlineHashes = { scripts: readonly string[]; styles: readonly string[] };

/**
 * The one Content Security Policy for the web app, sent by CloudFront in AWS and by the local
 * server, so a page that breaks it fails in the local tests before it reaches a pupil.
 * Only 'self': the app and its API share one origin, so nothing else needs to be trusted. The
 * page's own inline blocks (the pupil's first screen, see web/vite.config.ts) are allowed by
 * their hashes, `inlineHashes(index.html)`: exactly those bytes, nothing injected beside them.
 */
export function contentSecurityPolicy(
  options: { connectSources?: readonly string[]; upgradeInsecureRequests?: boolean; inline?: InlineHashes } = {},
): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...(options.inline?.scripts ?? [])].join(' '),
    ["style-src 'self'", ...(options.inline?.styles ?? [])].join(' '),
    // Vite inlines small images and fonts as data: URIs.
    "img-src 'self' data:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...(options.connectSources ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Not locally: the local platform is plain http on 127.0.0.1.
    ...(options.upgradeInsecureRequests === false ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The CSP hash of every inline script (one without `src`) and every `<style>` in a page, as the
 * browser computes them: over the exact text between the tags.
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs!)).map(([, , body]) => hash(body!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => hash(body!));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}
