import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHeard, fakeWebBuild } from './build-app';

const web = fakeWebBuild();
afterAll(() => web.remove());

/** Every acknowledgement in the app: where it is, which rule, and why. */
function acknowledgements(app: App) {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

const VARIANTS: Array<{ name: string; context: Record<string, string>; bundle: boolean; account?: string }> = [
  { name: 'as deployed by default', context: {}, bundle: true },
  // `cdk deploy` (unlike `cdk synth` here) gives the app a real account: ARNs then carry it literally.
  { name: 'with a concrete account, as cdk deploy synthesises', context: {}, bundle: false, account: '111111111111' },
  {
    name: 'federated (OIDC), MFA required, no threat protection',
    context: {
      'heard:federationKind': 'oidc',
      'heard:federationName': 'EntraID',
      'heard:federationIssuerUrl': 'https://login.microsoftonline.com/tenant-id/v2.0',
      'heard:federationClientId': 'client-id',
      'heard:federationClientSecretArn': 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:entra-AbCdEf',
      'heard:mfa': 'optional',
      'heard:threatProtection': 'false',
    },
    bundle: false,
  },
  { name: 'without a web ACL, alarms e-mailed', context: { 'heard:waf': 'false', 'heard:alarmEmail': 'ops@council.example.org' }, bundle: false },
];

describe.each(VARIANTS)('cdk-nag AwsSolutions gate, $name', { timeout: 120_000 }, ({ context, bundle, account }) => {
  let app: App;
  let pack: AwsSolutionsChecks;

  beforeAll(() => {
    app = buildHeard(web.dir, {}, { bundle, context, account }).app;
    pack = new AwsSolutionsChecks(app, { verbose: true });
    // Exactly how infra/app.ts wires it, so synth itself is the gate, as in `cdk synth`.
    Validations.of(app).addPlugins(pack);
  }, 120_000);

  it('synthesises with the plugin registered', () => {
    expect(() => app.synth()).not.toThrow();
  });

  it('leaves no unacknowledged errors (or warnings)', () => {
    const { violations } = pack.validateScope(app);
    const summary = violations.map((v) => ({
      severity: v.severity,
      rule: v.ruleName,
      where: v.violatingResources.map((r) => r.constructPath),
    }));
    expect(summary.filter((v) => v.severity === 'error')).toEqual([]);
    expect(summary).toEqual([]);
  });

  it('gives every acknowledgement a real reason', () => {
    const acks = acknowledgements(app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(60);
      expect(ack.reason, `${ack.id} at ${ack.path}`).not.toMatch(/\b(todo|tbd|fixme|n\/a|ignore)\b/i);
    }
  });

  it('acknowledges nothing on the data stack: the table must pass every rule outright', () => {
    expect(acknowledgements(app).filter((a) => a.path.startsWith('Heard-Data'))).toEqual([]);
  });

  it('acknowledges the Cognito rules only where the deployment chose not to meet them', () => {
    const cognito = acknowledgements(app).filter((a) => /COG\d/.test(a.id)).map((a) => `${a.id} ${a.path}`);
    const mfaRequired = context['heard:mfa'] !== 'optional';
    const threatProtection = context['heard:threatProtection'] !== 'false';
    expect(cognito.sort()).toEqual([
      ...(mfaRequired ? [] : ['AwsSolutions-COG2 Heard-App/Identity/UserPool']),
      ...(threatProtection ? [] : ['AwsSolutions-COG8 Heard-App/Identity/UserPool']),
    ]);
  });

  it('acknowledges the missing web ACL only where the deployment turned it off', () => {
    const cfr2 = acknowledgements(app).filter((a) => a.id === 'AwsSolutions-CFR2').map((a) => a.path);
    expect(cfr2).toEqual(context['heard:waf'] === 'false' ? ['Heard-App/Web/Distribution'] : []);
  });

  it('acknowledges unencrypted alarm notices on the alarm topic alone', () => {
    const sns = acknowledgements(app).filter((a) => a.id.startsWith('AwsSolutions-SNS'));
    expect(sns.map((a) => `${a.id} ${a.path}`)).toEqual(['AwsSolutions-SNS2 Heard-App/Monitoring/Alarms']);
  });

  it('acknowledges the code pepper\'s rotation rule on that secret alone', () => {
    const smg = acknowledgements(app).filter((a) => a.id.startsWith('AwsSolutions-SMG'));
    expect(smg.map((a) => `${a.id} ${a.path}`)).toEqual(['AwsSolutions-SMG4 Heard-App/Api/CodePepper']);
  });
});
