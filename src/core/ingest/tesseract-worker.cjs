'use strict';
// Worker-thread entry for tesseract.js (passed as `workerPath`). It is tesseract.js's own Node
// worker script with a different I/O adapter:
//  - no network: `fetch` always fails, so a wrong language path can never reach a CDN;
//  - no disk writes: the language-data cache is read-only and never written (the default
//    adapter writes `<lang>.traineddata` into the current directory);
//  - language files come from the npm packages `@tesseract.js-data/<lang>` (4.0.0_best_int),
//    each in its own folder, which the stock adapter cannot combine for `nld+eng`;
//  - quiet: Tesseract prints warnings through console (to the parent's stdout), which would
//    corrupt the CLI's `--json` output.
// Plain CommonJS because worker threads load files as they are, without the TypeScript loader.
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const noop = () => {};
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = noop;

const worker = require('tesseract.js/src/worker-script');
const getCore = require('tesseract.js/src/worker-script/node/getCore');

// `langPath` value that means "the npm data packages"; any other value is a folder.
const NPM_LANG_PATH = 'npm:@tesseract.js-data';

function languageFile(requested) {
  const dir = path.dirname(requested);
  if (dir !== NPM_LANG_PATH) return requested;
  const base = path.basename(requested); // e.g. nld.traineddata.gz
  const lang = base.split('.')[0];
  if (!/^[a-z_]+$/.test(lang)) throw new Error(`invalid language ${lang}`);
  const pkg = require.resolve(`@tesseract.js-data/${lang}/package.json`);
  return path.join(path.dirname(pkg), '4.0.0_best_int', base);
}

parentPort.on('message', (packet) => {
  worker.dispatchHandlers(packet, (obj) => parentPort.postMessage(obj));
});

worker.setAdapter({
  getCore,
  gunzip: (data) => zlib.gunzipSync(data),
  fetch: async (url) => {
    throw new Error(`network access is disabled (refused ${String(url).slice(0, 80)})`);
  },
  readCache: async (file) => fs.promises.readFile(languageFile(file)),
  writeCache: async () => undefined,
  deleteCache: async () => undefined,
  checkCache: async () => false,
});
