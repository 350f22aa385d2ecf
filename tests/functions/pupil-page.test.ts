import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinInfo, type JoinInfo } from '../../functions/domain/join';
import { firstScreenHtml } from '../../functions/pupil-page/first-screen';
import { checkTemplate, fillPage } from '../../functions/pupil-page/page';
import { pupilTextPart } from '../../shared/i18n/pupil-text';
import type { PageData } from '../../shared/pupil/page-data';
import { primarySurvey, secondarySurvey } from '../../shared/survey';
import { fromAddress, testApp } from '../support/app';
import { settings, waves } from '../support/fixtures';

/** The web build's index.html as far as the page cares: the script stays exactly as it is. */
const TEMPLATE =
  '<!doctype html><html lang="en" dir="ltr"><head><title>Heard</title><style>.x{}</style></head>' +
  '<body><div id="root"></div><noscript>Heard needs JavaScript</noscript><script>console.log("app")</script></body></html>';

const alpha = settings.find((s) => s.id === 'alpha-high')!;
const gamma = settings.find((s) => s.id === 'gamma-primary')!;
const info = (lang: 'en' | 'ar', over: Partial<Parameters<typeof joinInfo>[0]> = {}): JoinInfo =>
  joinInfo({ wave: waves[0]!, setting: alpha, survey: secondarySurvey, ...over }, lang);
const data = (html: string): PageData<JoinInfo> => JSON.parse(/<script type="application\/json" id="heard-join">([^<]*)<\/script>/.exec(html)![1]!);

describe('the first screen drawn on the server', () => {
  it('is the introduction and the first question, in the language asked for', () => {
    const html = firstScreenHtml(info('en'), 'en', pupilTextPart('en', 'first'))!;
    expect(html).toContain('<h1 tabindex="-1">How is school for you?</h1>');
    expect(html).toContain('For pupils at Alpha High School');
    expect(html).toContain('<legend><h2 elementtiming="question">What year are you in?</h2></legend>');
    expect(html.match(/<input type="radio" name="year">/g)).toHaveLength(8); // Years 7 to 13, and "Prefer not to say"
    expect(html).toContain(`Question 1 of ${secondarySurvey.questions.length}`);
    const arabic = firstScreenHtml(info('ar'), 'ar', pupilTextPart('ar', 'first'))!;
    expect(arabic).toContain('في أي صف أنت؟');
    expect(arabic).toContain('<option value="ar" lang="ar" selected>');
    expect(arabic).not.toContain('What year are you in?');
  });

  it('skips the year group a class code already gives, and draws faces for the primary survey', () => {
    const html = firstScreenHtml(joinInfo({ wave: waves[0]!, setting: gamma, survey: primarySurvey, yearGroup: '5' }, 'en'), 'en', pupilTextPart('en', 'first'))!;
    expect(html).not.toContain('What year are you in?');
    expect(html).toContain('<div class="options faces">');
    expect(html.match(/<svg class="face"/g)).toHaveLength(5);
    expect(html).toContain(`Question 1 of ${primarySurvey.questions.length - 1}`);
    // The primary version says less: no length or "read together" lines.
    expect(html.match(/<li>/g)).toHaveLength(2);
  });

  it('escapes what staff typed, so a setting name cannot add markup', () => {
    const html = firstScreenHtml(info('en', { setting: { ...alpha, name: 'St <b>Bad</b> & "Co"' } }), 'en', pupilTextPart('en', 'first'))!;
    expect(html).toContain('For pupils at St &lt;b&gt;Bad&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<b>');
  });

  it('is left to the app when the first question is free text', () => {
    const text = { ...secondarySurvey, questions: [{ id: 'note', kind: 'text' as const, maxLength: 100 }, ...secondarySurvey.questions] };
    expect(firstScreenHtml(info('en', { survey: text }), 'en', pupilTextPart('en', 'first'))).toBeUndefined();
  });
});

describe('a survey link\'s page', () => {
  it('sets the language, direction, primary class and title, and leaves the script untouched', () => {
    const ar = fillPage(TEMPLATE, 'AAA222BBB', 'ar', info('ar'));
    expect(ar).toMatch(/^<!doctype html><html lang="ar" dir="rtl"><head><title>كيف هي المدرسة بالنسبة إليك؟ – Heard<\/title>/);
    expect(ar).toContain('<script>console.log("app")</script>');
    const primary = fillPage(TEMPLATE, 'EEE444FFF', 'en', joinInfo({ wave: waves[0]!, setting: gamma, survey: primarySurvey }, 'en'));
    expect(primary).toContain('<html lang="en" dir="ltr" class="primary">');
  });

  it('hands the app the survey, and the first-screen text of a language other than English', () => {
    const en = data(fillPage(TEMPLATE, 'AAA222BBB', 'en', info('en')));
    expect(en).toEqual({ code: 'AAA222BBB', lang: 'en', join: info('en') });
    const ar = data(fillPage(TEMPLATE, 'AAA222BBB', 'ar', info('ar')));
    expect(ar.text).toEqual(pupilTextPart('ar', 'first'));
    expect(ar.join.survey.languages).toEqual(['ar']);
  });

  it('keeps the data block closed whatever the text holds', () => {
    const html = fillPage(TEMPLATE, 'AAA222BBB', 'en', info('en', { setting: { ...alpha, name: '</script><script>alert(1)</script>' } }));
    expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the app's
    expect(data(html).join.setting.name).toBe('</script><script>alert(1)</script>');
  });

  it('refuses a template that is not the web build\'s page', () => {
    expect(() => checkTemplate('<html><title>x</title><main></main></html>')).toThrow(/no <div id="root"><\/div>/);
    expect(checkTemplate(TEMPLATE)).toBe(TEMPLATE);
  });
});

describe('GET /j/:code', () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp({ pupilPage: () => TEMPLATE, guessesPerHour: 10 });
  });
  afterAll(() => ctx.drop());
  const page = (code: string, headers: Record<string, string> = {}, from = '192.0.2.1') => ctx.app.request(`/j/${code}`, { headers }, fromAddress(from));

  it('draws the first screen, with exactly what GET /api/join/:code sends, never kept by a cache', async () => {
    const res = await page('aaa-222-bbb');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/accept-language/i);
    const html = await res.text();
    expect(html).toContain('What year are you in?');
    const sent = data(html);
    expect(sent.code).toBe('AAA222BBB');
    expect(sent.join).toEqual(await (await ctx.app.request('/api/join/AAA222BBB?lang=en')).json());
  });

  it('takes the link with a trailing slash too, and sends the web app\'s page for any other address under /j/', async () => {
    expect(data(await (await page('AAA222BBB/')).text()).code).toBe('AAA222BBB');
    const other = await page('AAA222BBB/more');
    expect(other.status).toBe(404);
    expect(await other.text()).toBe(TEMPLATE);
  });

  it('is in the first of the browser\'s languages that Heard offers', async () => {
    for (const [header, lang] of [['ur-PK,ur;q=0.9,en;q=0.8', 'ur'], ['de-DE,so;q=0.5', 'so'], ['zh-TW', 'en'], ['ar;q=0, pl', 'pl']] as const) {
      const html = await (await page('AAA222BBB', { 'accept-language': header })).text();
      expect(html, header).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(data(html).lang, header).toBe(lang);
    }
  });

  it('gzips the page for a phone that accepts it', async () => {
    const res = await page('AAA222BBB', { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the plain page for a code that opens nothing, with the status the API would give, so the app says why', async () => {
    for (const [code, status] of [['ZZZ999ZZZ', 404], ['GGG555HHH', 404], ['not a code', 404]] as const) {
      const res = await page(encodeURIComponent(code));
      expect(res.status, code).toBe(status);
      expect(await res.text(), code).toBe(TEMPLATE);
    }
  });

  it('counts unknown codes towards the same limit on guessing as the API', async () => {
    const guesser = '203.0.113.9';
    for (let i = 0; i < 10; i++) expect((await page(`ZZZ${i}${i}${i}ZZZ`, {}, guesser)).status).toBe(404);
    const api = await ctx.app.request('/api/join/CCC333DDD', {}, fromAddress(guesser));
    expect(api.status).toBe(429);
    // The page itself stays plain for this client, with the same status (the app then shows the API's "too many tries").
    const refused = await page('CCC333DDD', {}, guesser);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe(TEMPLATE);
    expect(await (await page('CCC333DDD')).text()).toContain('What year are you in?');
  });
});
