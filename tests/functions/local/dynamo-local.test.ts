import { createConnection } from 'node:net';
import { networkInterfaces } from 'node:os';
import { inject, describe, expect, it } from 'vitest';

const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

describe('DynamoDB Local launcher', () => {
  const port = Number(new URL(inject('dynamoEndpoint')).port);

  it('listens on 127.0.0.1', async () => {
    expect(await connects('127.0.0.1', port)).toBe(true);
  });

  it('does not listen on any other interface', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others) expect(await connects(address, port), address).toBe(false);
  });
});
