import { Duration } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { contentSecurityPolicy, type InlineHashes } from '../../shared/content-security-policy';

export interface SecurityHeadersProps {
  /** Extra origins the browser may call (e.g. an identity provider), added to connect-src. */
  readonly connectSources?: string[];
  /** The web app's inline script and style blocks, by hash (`inlineHashes` of the built index.html). */
  readonly inline?: InlineHashes;
}

/**
 * Security headers for every response, web app and API alike. The CSP allows only 'self': the
 * app and its API share one origin, so nothing else needs to be trusted unless configured; and
 * the page's own inline blocks, by the hashes of this build's index.html.
 */
export class SecurityHeaders extends Construct {
  readonly policy: cloudfront.ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: SecurityHeadersProps = {}) {
    super(scope, id);

    this.policy = new cloudfront.ResponseHeadersPolicy(this, 'Policy', {
      comment: 'Heard: strict CSP and security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy({ connectSources: props.connectSources ?? [], inline: props.inline }),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        // Where a pupil came from is nobody's business, including the next site they visit.
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        // The legacy XSS auditor causes more harm than good; "0" turns it off, as OWASP advises.
        xssProtection: { protection: false, override: true },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });
  }
}
