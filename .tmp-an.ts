import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices } from './src/core/services';
import { analyseFile } from './src/core/ingest/analyse';
import { createOcrPool } from './src/core/ingest/ocr-pool';
const dir = mkdtempSync(join(tmpdir(), 'fe-'));
const s = createServices({ vaultDir: join(dir, 'v') });
await s.createVault('abc def ghi jkl');
await s.unlock('abc def ghi jkl');
await s.ingest(['resources/sample-case/docs/scan_013.png']);
const ocr = createOcrPool();
const bytes = readFileSync('resources/sample-case/docs/scan_007.pdf');
try { const r = await analyseFile(new Uint8Array(bytes), { fileName: 'scan_007.pdf', ocr, signal: new AbortController().signal, onProgress: () => {} }); console.log('ok', r.pages?.length); } catch (e) { console.log('ERR', (e as Error).message); console.log((e as {cause?: unknown}).cause); }
await ocr.terminate();
await s.close();
