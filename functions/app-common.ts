import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { PupilDeps } from './app-deps';
import { codeGuesses } from './domain/guesses';
import { onError, onNotFound } from './http/errors';
import { compressLarge } from './http/compress';

/** What an entry may put around its half of the app (in AWS: the request log). */
export type AppOptions = { use?: MiddlewareHandler[] };

/** What every API response gets: large bodies gzipped, security headers, never cached. */
export const apiBase = () =>
  new Hono()
    .use(...compressLarge())
    .use(secureHeaders())
    .use(async (c, next) => {
      await next();
      c.header('cache-control', 'no-store');
    });

/**
 * The guessing limit, unless one is given. Built from `deps` without copying it: in the pupil
 * function the code pepper is a getter that may only be read once it has arrived (lambda-pupil.ts).
 */
export const guessesOf = (deps: PupilDeps) =>
  deps.guesses ?? codeGuesses({ store: deps.store, secret: deps.guessKey ?? deps.codePepper, now: deps.now });

/** An app with the entry's middleware first, then `build`'s routes, then the one error handler. */
export function appWith({ use = [] }: AppOptions, build: (app: Hono) => Hono): Hono {
  const app = new Hono();
  if (use.length) app.use(...use);
  build(app);
  app.onError(onError);
  app.notFound(onNotFound);
  return app;
}
