import { randomUUID } from 'node:crypto';
import type { ApiGatewayRequestContextV2 } from 'hono/aws-lambda';

/**
 * What API Gateway (HTTP API, payload 2.0) hands a function for one request, and the Lambda
 * context with it: for calling a Lambda entry's `handler` in a test or a benchmark.
 */
export function apiGatewayEvent({
  method = 'GET',
  path,
  headers = {},
  body,
  sourceIp = '192.0.2.10',
}: { method?: string; path: string; headers?: Record<string, string>; body?: string; sourceIp?: string }) {
  const [rawPath, rawQueryString = ''] = path.split('?') as [string, string?];
  const now = Date.now();
  return {
    version: '2.0' as const,
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: { host: 'abc123.execute-api.eu-west-2.amazonaws.com', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) HeardTest/1.0', ...headers },
    requestContext: {
      accountId: '111111111111',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-2.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp, userAgent: headers['user-agent'] ?? 'Mozilla/5.0 (Linux; Android 14) HeardTest/1.0' },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
      // No authorizer: Heard's routes check tokens themselves.
      authentication: null,
      authorizer: {} as ApiGatewayRequestContextV2['authorizer'],
    },
    isBase64Encoded: false,
    body: body ?? null,
  };
}

export function lambdaContext(functionName = 'heard-test') {
  return {
    awsRequestId: randomUUID(),
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-2:111111111111:function:${functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/20/[$LATEST]0123456789abcdef',
    getRemainingTimeInMillis: () => 10_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
