import { fileURLToPath } from 'node:url';
import solid from 'vite-plugin-solid';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [solid()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // The pupil route is a single chunk with nothing to preload, so the polyfill would be dead weight on every phone.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Report pages read the survey definitions from shared/ (and so zod); one named chunk for them,
        // which the pupil route never imports at runtime.
        codeSplitting: { groups: [{ name: 'survey-definitions', test: /[\\/]shared[\\/]|[\\/]node_modules[\\/]zod[\\/]/ }] },
      },
    },
  },
});
