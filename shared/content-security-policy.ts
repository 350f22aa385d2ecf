/**
 * The one Content Security Policy for the web app, sent by CloudFront in AWS and by the local
 * server, so a page that breaks it fails in the local tests before it reaches a pupil.
 * Only 'self': the app and its API share one origin, so nothing else needs to be trusted.
 */
export function contentSecurityPolicy(options: { connectSources?: readonly string[]; upgradeInsecureRequests?: boolean } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
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
