import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * What the build gives a pupil's phone: the pupil app's own files, no staff code, no zod, no web
 * fonts, nothing from another host, and each language's interface text in files of its own.
 */
const root = inject('webRoot');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const html = read('index.html');
const assets = readdirSync(join(root, 'assets'));
const named = (prefix: string) => assets.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));

/**
 * Every chunk a pupil page can load: the app and whatever it imports, now or later. The boot
 * script is the page's entry for staff pages too: only its static imports count here.
 */
function pupilChunks(): string[] {
  const [boot] = named('index');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = file === boot ? /from\s*["']\.\/([\w.-]+\.js)["']/g : /(?:from|import\()\s*["'`]\.\/([\w.-]+\.js)["'`]/g;
    for (const [, dep] of read(`assets/${file}`).matchAll(imports)) visit(dep!);
  };
  const [app] = named('app');
  visit(app!);
  for (const text of assets.filter((f) => f.startsWith('text-'))) visit(text);
  return [...seen];
}

describe('the pupil bundle', () => {
  it('starts from a small boot script, preloading the app and the English first-screen text', () => {
    const [boot] = named('index');
    expect(html).toContain(`<script async type="module" crossorigin src="/assets/${boot}"></script>`);
    const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="\/assets\/([^"]+)"/g)].map((m) => m[1]!.replace(/-[\w-]{8}\.js$/, ''));
    expect(preloads.sort()).toEqual(['app', 'text-en-first']);
    expect(read(`assets/${boot}`).length).toBeLessThan(2500);
  });

  it('holds no staff code and no zod', () => {
    const chunks = pupilChunks();
    expect(chunks).toContain(named('later')[0]);
    expect(chunks.filter((f) => /staff|signin|report|city|join-codes|wave-picker|labels|export|survey-definitions|print/.test(f))).toEqual([]);
    const zod = /ZodError|_zod|\$ZodType|invalid_type/;
    expect(read(`assets/${named('survey-definitions')[0]}`)).toMatch(zod); // the check can see zod where it is
    for (const file of chunks) expect(read(`assets/${file}`), file).not.toMatch(zod);
  });

  it('loads no web font and nothing from another host', () => {
    const css = assets.filter((f) => f.endsWith('.css') && !/staff|print/.test(f)).map((f) => read(`assets/${f}`));
    for (const sheet of css) {
      expect(sheet).not.toContain('@font-face');
      expect(sheet).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
    for (const file of pupilChunks()) {
      // Links a pupil may follow (Kooth) or be sent to (Leave quickly), and the SVG namespace, are not downloads.
      const hosts = [...read(`assets/${file}`).matchAll(/https?:\/\/([\w.-]+)/g)].map((m) => m[1]);
      expect(hosts.filter((h) => !['www.kooth.com', 'www.bbc.co.uk', 'www.w3.org'].includes(h!)), file).toEqual([]);
    }
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('keeps each language in files of its own, in two parts', () => {
    const texts = assets.filter((f) => f.startsWith('text-')).map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
    expect(texts.sort()).toEqual(['ar', 'bn', 'en', 'pl', 'so', 'ur'].flatMap((l) => [`text-${l}-first`, `text-${l}-rest`]).sort());
    const [arabic] = assets.filter((f) => f.startsWith('text-ar-first-'));
    expect(read(`assets/${arabic}`)).toContain('مساعدة');
    expect(read(`assets/${arabic}`)).not.toContain('Get help');
  });
});
