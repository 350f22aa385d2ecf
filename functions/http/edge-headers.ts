/**
 * Headers CloudFront sets on its way to the API (infra/constructs/web-hosting.ts), read by
 * client-address.ts. No imports: the CDK app reads these names too.
 *
 * - `viewer`: the viewer's address as the edge saw it; a CloudFront Function writes it over
 *   anything the caller sent.
 * - `proof`: a value only CloudFront and the function know (an origin custom header, which
 *   CloudFront also writes over the caller's), so the viewer header is believed only from CloudFront.
 */
export const EDGE_HEADERS = { viewer: 'x-heard-viewer', proof: 'x-heard-edge' } as const;
