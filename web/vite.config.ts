import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { defineConfig, type Plugin } from 'vite';
import { minify } from 'terser';
import { tsImport } from 'tsx/esm/api';

/**
 * `virtual:pupil-text/<lang>/first|rest`: one language's interface text, split in two (see
 * shared/i18n/first-text.ts), as plain JSON-like modules. Each becomes its own small chunk, named
 * `text-<lang>-first` or `text-<lang>-rest`, fetched only for the language in use.
 */
function pupilText(): Plugin {
  // Read through tsx when the build starts: importing shared/ from this file would tie the config to Vite's bundling of it.
  const source = (file: string) => tsImport(`../${file}.ts`, import.meta.url) as Promise<Record<string, unknown>>;
  let textPart: ((lang: string, part: 'first' | 'rest') => Record<string, string>) | undefined;
  let offered: string[] = [];
  const PREFIX = 'virtual:pupil-text/';
  return {
    name: 'heard:pupil-text',
    async buildStart() {
      // The shipped surveys validate themselves as they load (Survey.parse): a declared language
      // that lacks a string, and does not list it in englishFallback, stops the build here.
      await source('shared/survey/index');
      const text = await source('shared/i18n/pupil-text');
      textPart = text.pupilTextPart as typeof textPart;
      offered = Object.keys(text.PUPIL_TEXT as object);
    },
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [lang, part] = id.slice(PREFIX.length + 1).split('/');
      if (!textPart || !offered.includes(lang!) || (part !== 'first' && part !== 'rest')) throw new Error(`no pupil text ${id.slice(1)}`);
      return `export default ${JSON.stringify(textPart(lang!, part))};`;
    },
  };
}

/**
 * Staff pages, and the public "You said, we did" pages, get their own copy of Solid. With one
 * shared copy, tree-shaking keeps whatever any page uses (`Show`, `createEffect` and what they
 * pull in) and every pupil downloads it; this way the pupil's copy holds only what the pupil app
 * calls. The two never meet on one page.
 */
function staffSolid(): Plugin {
  const STAFF = '?staff';
  return {
    name: 'heard:staff-solid',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/^solid-js(\/|$)/.test(source)) return null;
      if (!importer.endsWith(STAFF) && !/[\\/]web[\\/]src[\\/](staff[\\/]|you-said[\\/]|router\.tsx)/.test(importer)) return null;
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
  Promise.all((deps || []).filter((d) => d.endsWith('.css') && !document.querySelector('[href="/' + d + '"],[data-href="/' + d + '"]')).map((d) => seen[d] || (seen[d] = new Promise((done) => {
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
 * The pupil's first screen comes inside index.html: the entry chunk (boot.ts, the pupil app's
 * first screen, Solid and the English first-screen text) as an inline script at the end of the
 * body, and its stylesheet as an inline `<style>` in the head. A phone then needs one round trip
 * for the page and none more for code. On a survey link the server fills the page in with the
 * first screen as HTML and the survey as data (functions/pupil-page), so the question is painted
 * from the HTML while the script is still arriving and running; the script then takes the page
 * over. The CSP allows exactly these blocks by their hashes (shared/content-security-policy.ts
 * `inlineHashes`, used by the local server and the CDK app).
 *
 * An inline script has no URL, so nothing can import it. The chunks loaded later (the rest of the
 * pupil app, the staff pages) import what they share with it from the entry chunk's file, which
 * becomes a small shim re-exporting what the inline script hands over on `self.__heard`. Its
 * import specifiers would resolve against the page's URL (`/j/CODE`), so they become absolute
 * (`/assets/…`); and it runs in a function in strict mode, as module code does.
 */
function inlineFirstScreen(): Plugin {
  return {
    name: 'heard:inline-first-screen',
    apply: 'build',
    enforce: 'post',
    // On the written files, so every other plugin's rewriting of the chunks is done.
    async writeBundle(options, bundle) {
      const dir = options.dir!;
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.moduleIds.some((id) => id.endsWith('/src/boot.ts')));
      if (!entry || entry.type !== 'chunk') throw new Error('the entry chunk (src/boot.ts) is missing');
      if (entry.imports.length) throw new Error(`the inline entry must import nothing statically, but imports ${entry.imports.join(', ')}`);
      const read = (file: string) => readFileSync(join(dir, file), 'utf8');
      let code = read(entry.fileName);
      if (code.includes('import.meta')) throw new Error('the inline entry uses import.meta, which would mean the page, not its file');
      if (code.includes('<!--')) throw new Error('the inline entry contains "<!--", which changes how HTML parses a script');
      const here = posix.dirname(entry.fileName);
      code = code
        .replace(/(["'`])\.\/([\w.-]+\.js)\1/g, (m, q: string, name: string) => (bundle[posix.join(here, name)] ? `${q}/${posix.join(here, name)}${q}` : m))
        // Only inside strings, template literals or regular expressions can this occur, where `<\/` means the same.
        .replaceAll('</script', '<\\/script');

      // `export { local as name, … }` becomes `self.__heard = { name: local, … }`, and the file the
      // other chunks import re-exports those. The values are read once: a `let` that changes
      // after the page has loaded would not reach them, so the build refuses one.
      const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
      const pairs = (exported?.[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const [local, name = local] = s.split(/\s+as\s+/);
          return { local: local!, name: name! };
        });
      if (pairs.length !== entry.exports.length) throw new Error(`could not read the inline entry's exports (${entry.exports.join(', ')})`);
      refuseChangingExports(this.parse(code), pairs.map((p) => p.local));
      if (exported) code = `${code.slice(0, exported.index)}self.__heard={${pairs.map((p) => `${p.name}:${p.local}`).join(',')}};`;
      refuseModuleSyntax(this.parse(code));
      writeFileSync(
        join(dir, entry.fileName),
        `// The page runs this chunk inline (index.html); chunks loaded after it import its exports from here.\n` +
          `export const ${pairs.map((p) => `${p.name}=self.__heard.${p.name}`).join(',') || '_=0'};\n`,
      );

      let html = read('index.html');
      const tag = new RegExp(`\\s*<script[^>]*\\ssrc="/${entry.fileName.replace(/[.-]/g, '\\$&')}"[^>]*></script>`);
      if (!tag.test(html)) throw new Error(`index.html does not load ${entry.fileName}`);
      // Last in the body: on a survey link the server has put the first screen above it
      // (functions/pupil-page), and the phone paints that before the script runs.
      if (!html.includes('</body>')) throw new Error('index.html has no </body>');
      // It runs once the page has been painted (after the next frame): a slow phone shows the
      // first screen the server drew without first running the whole app, which then takes over.
      // A second minifier over the whole script, now one function: about 200 bytes (gzip) fewer,
      // and 16 more with function declarations hoisted (which JavaScript does anyway).
      const run = `requestAnimationFrame(function(){setTimeout(function(){"use strict";${code}\n})})`;
      const packed = (await minify(run, { ecma: 2020, compress: { passes: 3, hoist_funs: true }, mangle: true })).code!;
      if (packed.includes('<!--') || /<\/script/i.test(packed)) throw new Error('the minified inline entry contains "<!--" or "</script"');
      html = html.replace(tag, '').replace('</body>', () => `  <script>${packed}</script>\n  </body>`);
      for (const sheet of entry.viteMetadata?.importedCss ?? []) {
        const css = read(sheet);
        if (/<\/style/i.test(css)) throw new Error(`${sheet} contains "</style"`);
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${sheet.replace(/[.-]/g, '\\$&')}"[^>]*>`);
        if (!link.test(html)) throw new Error(`index.html does not link ${sheet}`);
        // data-href: so a staff page that lists this sheet among its own does not fetch it again (smallPreloadHelper).
        html = html.replace(link, () => `<style data-href="/${sheet}">${css}</style>`);
      }
      writeFileSync(join(dir, 'index.html'), html);
    },
  };
}

type Node = { type: string; [key: string]: unknown };

/** Throws if a program needs to be a module: import or export statements, or `await` outside any function. */
function refuseModuleSyntax(program: { body: unknown[] }) {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (/^(Import|Export\w*)Declaration$/.test(n.type) || n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) {
      throw new Error(`the inline entry has ${n.type} at its top level; it must run as a classic script`);
    }
    if (FUNCTION.test(n.type)) return;
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value);
  };
  visit(program.body);
}

/** The names a binding pattern (`a`, `[a, b]`, `{ a, b: c = 1, ...d }`) declares or assigns. */
function patternNames(node: Node | null | undefined, into: string[] = []): string[] {
  if (!node) return into;
  if (node.type === 'Identifier') into.push(node.name as string);
  else if (node.type === 'ArrayPattern') for (const e of node.elements as Node[]) patternNames(e, into);
  else if (node.type === 'ObjectPattern') for (const p of node.properties as Node[]) patternNames((p.type === 'RestElement' ? p.argument : p.value) as Node, into);
  else if (node.type === 'AssignmentPattern') patternNames(node.left as Node, into);
  else if (node.type === 'RestElement') patternNames(node.argument as Node, into);
  return into;
}

const FUNCTION = /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/;

/** `var` and function declarations hoisted to a function's (or the program's) scope. */
function hoisted(body: unknown, into = new Set<string>()): Set<string> {
  const visit = (node: unknown, top: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, top));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'VariableDeclaration' && n.kind === 'var') for (const d of n.declarations as Node[]) patternNames(d.id as Node).forEach((x) => into.add(x));
    if (n.type === 'FunctionDeclaration' && top && n.id) into.add((n.id as Node).name as string);
    if (FUNCTION.test(n.type) || n.type === 'ClassBody') return;
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value, top && n.type !== 'BlockStatement');
  };
  visit(body, true);
  return into;
}

/** `let`, `const`, classes and (in blocks) functions declared directly in a list of statements. */
function lexical(statements: Node[], into = new Set<string>()): Set<string> {
  for (const s of statements) {
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') for (const d of s.declarations as Node[]) patternNames(d.id as Node).forEach((x) => into.add(x));
    if ((s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id) into.add((s.id as Node).name as string);
  }
  return into;
}

/**
 * Throws if any of `names` (top-level bindings of the program) is ever assigned after its
 * declaration: a shim re-exporting it once would then go stale. A small scope analysis, enough
 * for what a bundler writes: function, block, catch and loop scopes; patterns; hoisting.
 */
function refuseChangingExports(program: { body: unknown[] }, names: string[]) {
  type Scope = { names: Set<string>; parent?: Scope };
  const top: Scope = { names: lexical(program.body as Node[], hoisted(program.body)) };
  const changed = new Set<string>();
  const assign = (target: Node, scope: Scope) => {
    for (const name of patternNames(target)) {
      let s: Scope | undefined = scope;
      while (s && !s.names.has(name)) s = s.parent;
      if (s === top && names.includes(name)) changed.add(name);
    }
  };
  const walk = (node: unknown, scope: Scope): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, scope));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (FUNCTION.test(n.type)) {
      const inner: Scope = { names: new Set(), parent: scope };
      for (const p of n.params as Node[]) patternNames(p).forEach((x) => inner.names.add(x));
      if (n.type === 'FunctionExpression' && n.id) inner.names.add((n.id as Node).name as string);
      const body = n.body as Node;
      if (body.type === 'BlockStatement') {
        hoisted(body.body, inner.names);
        lexical(body.body as Node[], inner.names);
        walk(n.params, inner);
        return walk(body.body, inner);
      }
      walk(n.params, inner);
      return walk(body, inner);
    }
    if (n.type === 'BlockStatement' || n.type === 'StaticBlock') return walk(n.body, { names: lexical(n.body as Node[]), parent: scope });
    if (n.type === 'SwitchStatement') {
      const inner: Scope = { names: lexical((n.cases as Node[]).flatMap((c) => c.consequent as Node[])), parent: scope };
      walk(n.discriminant, scope);
      return walk(n.cases, inner);
    }
    if (n.type === 'CatchClause') return walk(n.body, { names: new Set(patternNames(n.param as Node)), parent: scope });
    if (/^For(In|Of)?Statement$/.test(n.type)) {
      const head = (n.type === 'ForStatement' ? n.init : n.left) as Node | null;
      const inner: Scope = { names: head ? lexical([head]) : new Set(), parent: scope };
      if (head && n.type !== 'ForStatement' && head.type !== 'VariableDeclaration') assign(head, inner);
      for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') walk(value, inner);
      return;
    }
    if (n.type === 'AssignmentExpression') assign(n.left as Node, scope);
    if (n.type === 'UpdateExpression') assign(n.argument as Node, scope);
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') walk(value, scope);
  };
  walk(program.body, top);
  if (changed.size) throw new Error(`the inline entry exports bindings that change (${[...changed].join(', ')}); the shim would not see the changes`);
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [staffSolid(), smallPreloadHelper(), pupilText(), solid(), inlineFirstScreen()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // The browsers the pupil styles already need (`:has()` marks the chosen answer). Older targets
    // make the CSS minifier rewrite logical properties (which mirror the page for Arabic and Urdu)
    // into long per-language selector lists, all inline in every pupil's page.
    cssTarget: ['chrome105', 'safari15.4', 'ios15.4', 'firefox121', 'edge105'],
    // The first screen's code is inside index.html (inlineFirstScreen); dynamic imports then need
    // only their stylesheets, which smallPreloadHelper adds.
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
              name: 'survey-definitions',
              test: /[\\/]shared[\\/](?!i18n[\\/]|pupil[\\/]|join-code\.ts|safeguarding\.ts|scoring[\\/]item\.ts|survey[\\/]kinds\.ts)|[\\/]node_modules[\\/]zod[\\/]/,
            },
          ],
        },
      },
    },
  },
});
