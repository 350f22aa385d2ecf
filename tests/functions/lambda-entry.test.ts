import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the Lambda entry', () => {
  it('does not serve the local sign-in route', async () => {
    process.env.TABLE_NAME = 'heard-test';
    const { app } = await import('../../functions/lambda');
    const res = await app.request('/api/local-auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo' }),
    });
    expect(res.status).toBe(404);
    const reports = await app.request('/api/reports/city?wave=x', { headers: { authorization: 'Bearer x.y.z' } });
    expect(reports.status).toBe(401);
  });

  it('bundles without the local identity provider, its demo accounts or its signing library', async () => {
    const out = await build({
      entryPoints: ['functions/lambda.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      external: ['@aws-sdk/*'],
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((f) => f.includes('functions/local/'))).toBe(false);
    expect(inputs.some((f) => f.includes('node_modules/jose/'))).toBe(false);
    const code = out.outputFiles[0]!.text;
    expect(code).not.toContain('local-auth');
    expect(code).not.toContain('staff-');
  }, 60_000);
});
