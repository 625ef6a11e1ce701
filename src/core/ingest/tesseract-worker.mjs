// Worker-thread entry for tesseract.js (the pool's `workerPath`). It is tesseract.js's own Node
// worker script with a different I/O adapter:
//  - no network: `fetch` always fails, so a wrong language path can never reach a CDN;
//  - no disk writes: the language-data cache is never written (the stock adapter writes
//    `<lang>.traineddata` into the current directory);
//  - language files come from the npm packages `@tesseract.js-data/<lang>` (4.0.0_best_int),
//    each in its own folder, which the stock adapter cannot combine for `nld+eng`;
//  - quiet: Tesseract prints warnings through console (to the parent's stdout), which would
//    corrupt the CLI's `--json` output.
// Plain JavaScript because worker threads load files as they are, without a TypeScript loader.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import zlib from 'node:zlib';
import worker from 'tesseract.js/src/worker-script/index.js';
import getCore from 'tesseract.js/src/worker-script/node/getCore.js';

// Emscripten binds console.log/warn when the Tesseract core is created (on the first 'load'
// message), so replacing them here, before any message is handled, silences it.
const noop = () => {};
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = noop;

const require = createRequire(import.meta.url);

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
