import { existsSync, readFileSync } from 'node:fs';
import { pupilApp } from './app-pupil';
import { lambdaHandler, lambdaInstance } from './lambda-common';
import { guardOnceCodes, readCodePepper, waitForPepper } from './lambda-pepper';
import { describeError } from './log/logger';
import { checkTemplate } from './pupil-page/page';

/**
 * The pupils' function: survey links, joining, sending answers and the health check
 * (infra/constructs/api.ts routes those here). Its bundle has no sign-in, accounts or reports in it.
 */
const { config, log, store, requestLog } = lambdaInstance('heard-pupil');
const pepper = readCodePepper(config, log);

// The web build's page, bundled next to this file (infra/constructs/api.ts). Without it survey
// links get a 404, but the API itself still works.
function pupilPageTemplate(): string | undefined {
  const file = new URL('./index.html', import.meta.url);
  if (!existsSync(file)) {
    log.error('pupil page: no index.html next to the handler, so /j/:code is not served');
    return undefined;
  }
  try {
    return checkTemplate(readFileSync(file, 'utf8'));
  } catch (err) {
    log.error("pupil page: the bundled index.html is not the web build's page, so /j/:code is not served", { error: describeError(err) });
    return undefined;
  }
}
const template = pupilPageTemplate();

export const app = pupilApp(
  {
    store: guardOnceCodes(store, pepper),
    retentionDays: config.retentionDays,
    now: () => new Date(),
    // Read as each code is looked up: by then it has arrived if the code is single-use (waitForPepper,
    // guardOnceCodes); a class code never uses it, so it never waits for it.
    get codePepper() {
      return pepper.value();
    },
    // The guessing limit is on every page view, so it must not wait for Secrets Manager: its hashes
    // are keyed with the edge proof, a per-stack random value already here (docs/operations.md).
    guessKey: config.edgeProof ?? (await pepper.ready()),
    ...(config.edgeProof ? { edgeProof: config.edgeProof } : {}),
    ...(template === undefined ? {} : { pupilPage: () => template }),
  },
  { use: [requestLog, waitForPepper(pepper)] },
);

export const handler = lambdaHandler(app, log);
