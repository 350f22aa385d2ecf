import { Hono, type Context } from 'hono';
import { LANGUAGES } from '../../shared/i18n/languages';
import { normaliseCode } from '../../shared/join-code';
import { acceptedLanguages, chooseLanguage } from '../../shared/pupil/language';
import type { AppDeps } from '../app-deps';
import { dayOf } from '../domain/calendar';
import { joinInfo, openJoinCode } from '../domain/join';
import { Problem } from '../http/problem';
import { clientAddress } from '../http/client-address';
import { fillPage } from './page';

const OFFERED = LANGUAGES.map((l) => l.code);

/**
 * `GET /j/:code`, a survey link: the web app's page with the first screen already drawn
 * (page.ts), in the first of the browser's languages that Heard offers (what the app would open
 * in on a device where nobody has chosen one). Whatever goes wrong, the pupil still gets the
 * plain page, and the app then asks the API itself and says what is wrong in its own words:
 * an unknown, used or closed code (with the status the API gives it), too many guesses, or a
 * fault here. Each look-up counts towards the same limit on guessing as the API's.
 *
 * `no-store`: a withdrawn code must stop opening at once, and the page differs by language.
 * `/j/CODE/` is the same link as `/j/CODE` (boot.ts reads both).
 */
export function pupilPageRoutes(deps: AppDeps, template: () => string) {
  const page = async (c: Context) => {
    const plain = template();
    let html = plain;
    let status: 200 | 404 | 409 | 429 = 200;
    try {
      const code = normaliseCode(c.req.param('code') ?? '');
      const lang = chooseLanguage(null, acceptedLanguages(c.req.header('accept-language')), OFFERED, 'en');
      const joined = await openJoinCode(deps, code, dayOf(deps.now()), { from: clientAddress(c, deps.edgeProof), withHeard: true });
      html = fillPage(plain, code, lang, joinInfo(joined, lang));
    } catch (err) {
      if (!(err instanceof Problem)) console.error('pupil page: sending the plain page', err);
      else if (err.status === 404 || err.status === 409 || err.status === 429) status = err.status;
    }
    c.header('cache-control', 'no-store');
    c.header('vary', 'accept-language');
    return c.html(html, status);
  };
  return (
    new Hono()
      .get('/j/:code', page)
      .get('/j/:code/', page)
      // Any other address under /j/ (CloudFront sends them all here): the web app, which says "not found".
      .get('/j/*', (c) => c.html(template(), 404))
  );
}
