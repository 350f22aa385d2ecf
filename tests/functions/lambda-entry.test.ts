import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';

/** What esbuild puts into a Lambda entry's bundle, leaving the SDK out (the real build bundles it too, but it is not ours to check). */
async function inputsOf(entry: string) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['@aws-sdk/*'],
    metafile: true,
  });
  const output = Object.values(out.metafile.outputs)[0]!;
  // What made it into the bundle (a module imported only for a type or an unused constant is read, but not bundled).
  const inputs = Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([file]) => file);
  return { inputs, code: out.outputFiles[0]!.text, imports: output.imports.map((i) => i.path) };
}

describe('the staff Lambda entry', () => {
  it('does not serve the local sign-in route, nor the pupils\' routes', async () => {
    vi.stubEnv('TABLE_NAME', 'heard-test');
    vi.stubEnv('LOG_LEVEL', 'SILENT');
    const { app } = await import('../../functions/lambda-staff');
    vi.unstubAllEnvs();
    const res = await app.request('/api/local-auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(res.status).toBe(404);
    const reports = await app.request('/api/reports/city?wave=x', { headers: { authorization: 'Bearer x.y.z' } });
    expect(reports.status).toBe(401);
    expect((await app.request('/api/join/AAA222BBB')).status).toBe(404);
    expect((await app.request('/j/AAA222BBB')).status).toBe(404);
  });
});

describe('the Lambda bundles', () => {
  it.each(['functions/lambda-pupil.ts', 'functions/lambda-staff.ts'])('%s has no local identity provider, demo accounts or signing library', async (entry) => {
    const { inputs, code } = await inputsOf(entry);
    expect(inputs.some((f) => f.includes('functions/local/'))).toBe(false);
    expect(inputs.some((f) => f.includes('node_modules/jose/'))).toBe(false);
    // As booleans: a failure would otherwise print the whole bundle.
    expect(code.includes('local-auth'), 'the local sign-in route').toBe(false);
    expect(/["'`]staff-/.test(code), 'demo account names').toBe(false);
  }, 60_000);

  it('keep sign-in, accounts, reports and the staff routes out of the pupils\' function', async () => {
    const { inputs, imports } = await inputsOf('functions/lambda-pupil.ts');
    const staffOnly = [
      'node_modules/aws-jwt-verify/',
      'functions/auth/',
      'functions/accounts/',
      'functions/app-staff.ts',
      'functions/routes/admin/',
      'functions/routes/reports.ts',
      'functions/routes/me.ts',
      'functions/routes/respond.ts',
      'functions/routes/you-said.ts',
      'functions/routes/public.ts',
      'functions/domain/reports.ts',
      // The suppression engine; its threshold constants are config.ts's.
      'shared/suppression/engine.ts',
      'shared/suppression/linear.ts',
      'shared/report/setting-report.ts',
      'shared/report/city-report.ts',
      'shared/report/rows.ts',
    ];
    for (const part of staffOnly) expect(inputs.filter((f) => f.includes(part)), part).toEqual([]);
    expect(imports).not.toContain('@aws-sdk/client-cognito-identity-provider');
    expect(imports).toEqual(expect.arrayContaining(['@aws-sdk/client-dynamodb', '@aws-sdk/client-secrets-manager']));
  }, 60_000);
});
