import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
/** The app's inline script: the pupil's first screen (boot.ts, the app's first screen, Solid, the English first-screen text). */
const inline = scripts.find(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.startsWith('requestAnimationFrame('))?.[2] ?? '';
/** Every file a script names by path: `/assets/x.js` (the inline script) or `./x.js` (a chunk). */
const deps = (code: string) => [...code.matchAll(/(?:from|import\()\s*["'`](?:\.|\/assets)\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]!);

/**
 * Every chunk a pupil page can load: what the inline script imports, now or later, and what those
 * import. The staff pages' entry is a dynamic import of the same script: that one is left out.
 */
function pupilChunks(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    deps(read(`assets/${file}`)).forEach(visit);
  };
  const staffEntry = /import\(["'`]\/assets\/(main-[\w-]{8}\.js)["'`]\)/.exec(inline)?.[1];
  deps(inline).filter((f) => f !== staffEntry).forEach(visit);
  for (const text of assets.filter((f) => f.startsWith('text-'))) visit(text);
  return [...seen];
}

describe('the pupil bundle', () => {
  it('carries the first screen inside the page: the pupil stylesheet in the head, one inline script at the end of the body, no file to wait for', () => {
    // The app alone (a reload mid-survey opens at the first screen too, the kept answers only offered).
    expect(scripts).toHaveLength(1);
    expect(scripts.every(([, attrs]) => !/\bsrc=/.test(attrs!))).toBe(true);
    // After the root the server fills in with the first screen, so that screen is painted without waiting for the script.
    expect(html.indexOf(inline)).toBeGreaterThan(html.indexOf('<div id="root"></div>'));
    expect(html.indexOf(inline)).toBeLessThan(html.indexOf('</body>'));
    expect(html).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(html).toMatch(/<style data-href="\/assets\/index-[\w-]{8}\.css">[^<]*\.option\{/);
    // Boot, Solid and the first question screen, with the English first-screen text; no other language.
    expect(inline).toContain('elementtiming');
    expect(inline).toContain('Get help');
    expect(inline).not.toContain('مساعدة');
    // It runs as a classic script, in strict mode, after the next frame (so the server's screen is painted first);
    // chunks loaded later get its exports from a small file.
    expect(inline).toMatch(/^requestAnimationFrame\(function\(\)\{setTimeout\(function\(\)\{"use strict";/);
    expect(inline).not.toMatch(/^\s*(import|export)\b/m);
    const [entry] = named('index');
    expect(read(`assets/${entry}`)).toMatch(/^\/\/ The page runs this chunk inline[^\n]*\nexport const \w+=self\.__heard\.\w+/);
    expect(gzipSync(inline).length).toBeLessThan(12_000);
  });

  it('holds no staff code and no zod', () => {
    const chunks = pupilChunks();
    expect(chunks).toContain(named('later')[0]);
    expect(chunks.filter((f) => /staff|signin|report|city|join-codes|wave-picker|labels|export|survey-definitions|print|admin|main-/.test(f))).toEqual([]);
    const zod = /ZodError|_zod|\$ZodType|invalid_type/;
    expect(read(`assets/${named('survey-definitions')[0]}`)).toMatch(zod); // the check can see zod where it is
    expect(inline).not.toMatch(zod);
    for (const file of chunks) expect(read(`assets/${file}`), file).not.toMatch(zod);
  });

  it('loads no web font and nothing from another host', () => {
    const css = [...assets.filter((f) => f.endsWith('.css') && !/staff|print|admin/.test(f)).map((f) => read(`assets/${f}`)), ...[...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((m) => m[1]!)];
    for (const sheet of css) {
      expect(sheet).not.toContain('@font-face');
      expect(sheet).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
    // Links a pupil may follow (Kooth) or be sent to (Leave quickly), and the SVG namespace, are not downloads.
    const hosts = (code: string) => [...code.matchAll(/https?:\/\/([\w.-]+)/g)].map((m) => m[1]).filter((h) => !['www.kooth.com', 'www.bbc.co.uk', 'www.w3.org'].includes(h!));
    expect(hosts(inline)).toEqual([]);
    for (const file of pupilChunks()) expect(hosts(read(`assets/${file}`)), file).toEqual([]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('keeps each language in files of its own, in two parts; English\'s first part comes with the page', () => {
    const texts = assets.filter((f) => f.startsWith('text-')).map((f) => f.replace(/-[\w-]{8}\.js$/, ''));
    expect(texts.sort()).toEqual(['ar', 'bn', 'en', 'pl', 'so', 'ur'].flatMap((l) => (l === 'en' ? ['text-en-rest'] : [`text-${l}-first`, `text-${l}-rest`])).sort());
    const [arabic] = assets.filter((f) => f.startsWith('text-ar-first-'));
    expect(read(`assets/${arabic}`)).toContain('مساعدة');
    expect(read(`assets/${arabic}`)).not.toContain('Get help');
  });
});
