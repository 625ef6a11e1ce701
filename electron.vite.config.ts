import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// Native modules and packages that load files (wasm, workers, language data) at run time must
// stay real `require`/`import`s from node_modules instead of being bundled into main.
const NATIVE_OR_RUNTIME_LOADED = [
  'better-sqlite3-multiple-ciphers',
  'sharp',
  '@napi-rs/canvas',
  'tesseract.js',
  'pdfjs-dist',
  '@tesseract.js-data/nld',
  '@tesseract.js-data/eng',
];

// The same policy main sends as a response header; the meta tag keeps it in force wherever the
// built renderer is served from (the e2e host too). frame-ancestors only works as a header.
const CSP_META = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' kluis: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** Adds the CSP meta tag to the production build only: the dev server needs inline HMR code. */
function cspMeta(): Plugin {
  return {
    name: 'dossierkluis:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Worker-thread entry files the core starts with `new URL('./<file>', import.meta.url)`.
const OCR_WORKER = /["'`]\.\/(tesseract-worker\.[cm]?js)["'`]/g;

/**
 * The OCR pool starts its tesseract worker from a file next to its own module (a worker thread
 * loads a file as it is, so it is not bundled). Put a copy of each referenced worker beside
 * every output chunk that refers to it.
 */
function ocrWorkerBesideChunk(): Plugin {
  return {
    name: 'dossierkluis:ocr-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const targets = new Map<string, string>();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [, file] of output.code.matchAll(OCR_WORKER)) {
          if (file) targets.set(posix.join(posix.dirname(output.fileName), file), file);
        }
      }
      for (const [fileName, file] of targets) {
        const source = readFileSync(resolve(import.meta.dirname, 'src/core/ingest', file));
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [ocrWorkerBesideChunk()],
    build: {
      externalizeDeps: { include: NATIVE_OR_RUNTIME_LOADED },
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module; .cjs keeps Node's loader from treating it
        // as ESM under "type": "module".
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      rolldownOptions: {
        input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') },
      },
    },
    plugins: [react(), cspMeta()],
  },
});
