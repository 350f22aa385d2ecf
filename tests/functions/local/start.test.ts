import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'heard-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Started = { child: ChildProcessWithoutNullStreams; output: () => string; url: string };

/** Runs `npm start`'s script as a user would, on a free port, with its data in a temp folder. */
async function start(args: string[] = [], dir = dataDir): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts', ...args], {
    env: { ...process.env, PORT: '0', HEARD_LOCAL_DIR: dir },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /Heard is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
  return { child, output: () => out, url };
}

async function stop({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

describe('npm start', () => {
  it('runs the platform, prints join links and sign-ins, and Ctrl-C stops everything', async () => {
    const run = await start();
    const out = run.output();
    expect(out).toMatch(/Seeded \d{4} demo responses/);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/j\/[0-9A-Z]{9})/.exec(out)?.[1];
    expect(link).toBeDefined();
    expect(out).toMatch(/admin\s+admin/);
    expect(out).toMatch(/youth\s+youth-council/);
    expect(out).toMatch(/staff-oakwood-high\s+staff — Oakwood High School/);
    expect(out).toContain('every demo password is "demo"');

    expect(await (await fetch(`${run.url}/api/health`)).json()).toEqual({ status: 'ok', database: { status: 'ok', ms: expect.any(Number) } });
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const code = link!.split('/j/')[1];
    expect((await fetch(`${run.url}/api/join/${code}`)).status).toBe(200);

    const dynamoPort = Number(/127\.0\.0\.1:(\d+)/.exec(out.split('\n').find((l) => l.includes('DynamoDB Local is listening')) ?? '')?.[1] ?? 0);
    const webPort = Number(new URL(run.url).port);
    expect(await listening(dynamoPort)).toBe(true);
    expect(await stop(run)).toBe(0);
    expect(await listening(webPort)).toBe(false);
    expect(dynamoPort).toBeGreaterThan(0);
    expect(await listening(dynamoPort)).toBe(false);
  }, 240_000);

  it('reuses the saved data on the next start instead of seeding again', async () => {
    const run = await start();
    expect(run.output()).toContain('Demo city already seeded');
    expect(await stop(run)).toBe(0);
  }, 120_000);

  it('with --in-memory, keeps nothing pupils send on disk, and seeds afresh each start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heard-memory-'));
    try {
      const run = await start(['--in-memory'], dir);
      expect(run.output()).toContain('in memory only');
      const code = /\/j\/([0-9A-Z]{9})/.exec(run.output())![1]!;
      const opened = await (await fetch(`${run.url}/api/join/${code}`)).json();
      const year = opened.survey.questions.find((q: { role?: string }) => q.role === 'yearGroup');
      const sent = await fetch(`${run.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ joinCode: code, submissionId: crypto.randomUUID(), language: 'en', answers: { [year.id]: year.options[0] }, comments: { better_place: 'A quiet room at lunch.' } }),
      });
      expect(sent.status).toBe(201);
      expect(await stop(run)).toBe(0);
      // Only the local code secret is kept (so printed codes would still work); no database files.
      expect(existsSync(join(dir, 'dynamodb'))).toBe(false);
      expect(readdirSync(dir)).toEqual(['code-pepper']);
      const again = await start(['--in-memory'], dir);
      expect(again.output()).toMatch(/Seeded \d{4} demo responses/);
      expect(await stop(again)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
