import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The verify page's script: the library and its dependencies in one file for the browser, inlined
    // into the page by `fairdraw verify-page` (src/report/verifyPageHtml.ts).
    entry: { 'verify-page': 'src/report/verifyPage/browser.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    minify: true,
    noExternal: [/.*/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
