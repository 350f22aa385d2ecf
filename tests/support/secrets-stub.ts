import { createServer } from 'node:http';

/**
 * A stand-in for Secrets Manager on 127.0.0.1: answers GetSecretValue (the only call Heard makes)
 * with `value`, and counts the calls. `hold()` keeps answers back until `release()`; `fail()`
 * answers every call with an internal error. Point a function at it with SECRETS_MANAGER_ENDPOINT.
 */
export async function startSecretsStub({ value }: { value: string }) {
  let calls = 0;
  let held: Array<() => void> | undefined;
  let failing = false;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls += 1;
      const target = req.headers['x-amz-target'];
      const answer = () => {
        if (failing) {
          res.writeHead(500, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'InternalServiceError', message: 'stub failing' }));
          return;
        }
        if (target !== 'secretsmanager.GetSecretValue') {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify({ __type: 'InvalidRequestException', message: `not stubbed: ${target}` }));
          return;
        }
        const { SecretId } = JSON.parse(body) as { SecretId: string };
        res
          .writeHead(200, { 'content-type': 'application/x-amz-json-1.1' })
          .end(JSON.stringify({ ARN: SecretId, Name: 'heard-code-pepper', SecretString: value, VersionId: 'v1', VersionStages: ['AWSCURRENT'], CreatedDate: 1_700_000_000 }));
      };
      if (held) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls: () => calls,
    hold: () => {
      held ??= [];
    },
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const answer of waiting) answer();
    },
    fail: (on = true) => {
      failing = on;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
