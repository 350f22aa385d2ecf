import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { defineConfig, type Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import type { PupilStrings } from '../shared/i18n/pupil-strings';

/**
 * `virtual:pupil-text/<lang>/first|rest`: one language's interface text, split in two (see
 * src/pupil/first-text.ts), as plain JSON-like modules. Each becomes its own small chunk, named
 * `text-<lang>-first` or `text-<lang>-rest`, fetched only for the language in use.
 */
function pupilText(): Plugin {
  // Read through tsx when the build starts: importing shared/ from this file would tie the config to Vite's bundling of it.
  const source = (file: string) => tsImport(`../${file}.ts`, import.meta.url) as Promise<Record<string, unknown>>;
  const TEXT: Record<string, PupilStrings> = {};
  let first = new Set<string>();
  const PREFIX = 'virtual:pupil-text/';
  return {
    name: 'heard:pupil-text',
    async buildStart() {
      TEXT.en = (await source('shared/i18n/pupil-strings')).pupilEn as PupilStrings;
      for (const lang of ['ur', 'ar', 'bn', 'pl', 'so']) TEXT[lang] = Object.values(await source(`shared/i18n/pupil/${lang}`))[0] as PupilStrings;
      first = new Set((await source('web/src/pupil/first-text')).FIRST_TEXT as string[]);
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/');
      const text = TEXT[lang!];
      if (!text || (part !== 'first' && part !== 'rest')) throw new Error(`no pupil text ${id.slice(1)}`);
      return `export default ${JSON.stringify(Object.fromEntries(Object.entries(text).filter(([key]) => first.has(key) === (part === 'first'))))};`;
    },
  };
}

/**
 * Staff pages get their own copy of Solid. With one shared copy, tree-shaking keeps whatever
 * any page uses (`Show`, `createEffect` and what they pull in) and every pupil downloads it; this
 * way the pupil's copy holds only what the pupil app calls. The two never meet on one page.
 */
function staffSolid(): Plugin {
  const STAFF = '?staff';
  return {
    name: 'heard:staff-solid',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/^solid-js(\/|$)/.test(source)) return null;
      if (!importer.endsWith(STAFF) && !/[\\/]web[\\/]src[\\/](staff[\\/]|router\.tsx)/.test(importer)) return null;
      const resolved = await this.resolve(source, importer.replace(STAFF, ''), { ...options, skipSelf: true });
      return resolved && { id: resolved.id + STAFF };
    },
    load: (id) => (id.endsWith(STAFF) ? readFileSync(id.slice(0, -STAFF.length), 'utf8') : null),
  };
}

/**
 * Vite's own helper for dynamic imports preloads each chunk's imports and CSS; at ~0.8 KB it was
 * the biggest part of boot.ts. The JS preloads are index.html's job here, so this one only adds
 * the stylesheets a lazily loaded chunk needs (staff pages), then imports it.
 */
function smallPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'heard:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load(source) {
      if (source !== id) return null;
      return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).filter((d) => d.endsWith('.css') && !document.querySelector('link[href="/' + d + '"]')).map((d) => seen[d] || (seen[d] = new Promise((done) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/' + d;
    link.onload = link.onerror = done;
    document.head.append(link);
  })))).then(load);`;
    },
  };
}

/**
 * index.html names the pupil app's chunks as `modulepreload`, so the phone fetches them while
 * boot.ts (tiny, and the only script the page runs first) is already asking for the survey.
 * Without this the app would only be requested once boot.ts had arrived: one more round trip.
 */
function preloadPupilApp(): Plugin {
  return {
    name: 'heard:preload-pupil-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle!;
        const main = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => id.endsWith('/src/pupil/main.tsx')));
        if (!main || main.type !== 'chunk') throw new Error('the pupil app chunk (src/pupil/main.tsx) is missing');
        const files = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (files.has(file) || chunk?.type !== 'chunk' || chunk.isEntry) return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        visit(main.fileName);
        // English is the usual first language; its first-screen text comes with the page too
        // (a few hundred bytes wasted for a pupil who chose another language on this device).
        const english = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('pupil-text/en/first'));
        if (english) files.add(english.fileName);
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [staffSolid(), smallPreloadHelper(), pupilText(), solid(), preloadPupilApp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // index.html preloads the pupil app's chunks itself (preloadPupilApp); dynamic imports then
    // need only their stylesheets, which smallPreloadHelper adds.
    modulePreload: false,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => {
          const text = chunk.facadeModuleId?.match(/pupil-text\/(\w+)\/(\w+)$/);
          return text ? `assets/text-${text[1]}-${text[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // Report pages read the survey definitions from shared/ (and so zod); one named chunk for them,
        // which the pupil route never imports. The zod-free parts a pupil's phone uses stay out of it:
        // the interface text (one chunk per language), the device helpers and the safeguarding check.
        codeSplitting: {
          // A group would otherwise take the modules its members import too (survey/kinds.ts, say),
          // and the pupil chunks that import those would then fetch zod with them.
          includeDependenciesRecursively: false,
          groups: [
            {
              // Everything the first screen of a survey runs, in one file: fewer requests, and one
              // gzip stream compresses better than four.
              name: 'app',
              test: /[\\/]node_modules[\\/]solid-js[\\/].*\.js$|[\\/]web[\\/]src[\\/](api\.ts|pupil[\\/](main|i18n|app-state|shell|help-panel|language-picker|survey-page|survey-flow|survey-state|question-screen|intro|progress-bar|step-nav|face-icon|storage)\.tsx?)$|[\\/]shared[\\/](pupil[\\/]draft|i18n[\\/]languages)\.ts$/,
            },
            {
              name: 'survey-definitions',
              test: /[\\/]shared[\\/](?!i18n[\\/]|pupil[\\/]|safeguarding\.ts|scoring[\\/]item\.ts|survey[\\/]kinds\.ts)|[\\/]node_modules[\\/]zod[\\/]/,
            },
          ],
        },
      },
    },
  },
});
