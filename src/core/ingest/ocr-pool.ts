// A pool of Tesseract workers (tesseract.js 7, WebAssembly in worker threads), one per core.
//
// We drive tesseract.js's own worker script (`tesseract.js/src/worker-script`, wrapped by
// tesseract-worker.mjs) through its message protocol instead of `createWorker()`, because:
//  - pixels go to the worker as a transferred buffer (no copy) in binary PGM, the cheapest
//    format its image reader takes (PNG-encoding a 300-dpi page costs more than reading it);
//  - `createWorker()` never settles when a language file is missing and leaves the thread's
//    'error' event unhandled; here every worker has error/exit handlers from its first moment
//    and can be killed at any time (page timeout, cancel) and replaced.
// The protocol is that of the pinned tesseract.js version; the integration tests exercise it.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WordBox } from '../../shared/domain';
import { IngestError } from './errors';
import type { PageLayoutGuess } from './orientation';
import { guessPageLayout } from './orientation';
import type { GrayImage, QuarterTurn } from './raster';
import { downscale, rotateQuarter, toPgm } from './raster';

export interface OcrPoolOptions {
  /** Worker threads; default one per core (os.availableParallelism()), at most 4. */
  workers?: number;
  /**
   * Tesseract languages, e.g. 'nld' or 'nld+eng'. Default 'nld': on the sample case 'nld+eng'
   * read 0.3% more words but took 21% longer (bench/ingest.ts).
   */
  languages?: string;
  /** A page that takes longer is abandoned and its worker replaced. Default 120 s. */
  pageTimeoutMs?: number;
  /** Starting a worker (loading the model) may take this long. Default 60 s. */
  initTimeoutMs?: number;
  /** Jobs waiting beyond this make `recognize()` wait before queueing. Default 64. */
  maxQueue?: number;
  /**
   * Folder with `<lang>.traineddata.gz`, or the default 'npm:@tesseract.js-data', which
   * means the `4.0.0_best_int` files inside the `@tesseract.js-data/<lang>` packages.
   */
  langPath?: string;
  /** The worker script; defaults to tesseract-worker.mjs next to this file. */
  workerPath?: string;
  /** Extra Tesseract parameters for every page. */
  parameters?: Record<string, string>;
}

export interface OcrOptions {
  /** Resolution of the image; Tesseract uses it to size its noise and line filters. */
  dpi?: number;
  signal?: AbortSignal;
  /** Overrides the pool's page timeout for this job. */
  timeoutMs?: number;
  /** Called with 0..1 while Tesseract recognises this image. */
  onProgress?: (fraction: number) => void;
}

export interface OcrResult {
  text: string;
  /** Tesseract's mean word confidence, 0..1. */
  confidence: number;
  /** Word boxes in pixels of the image that was recognised (after `rotation`). */
  words: WordBox[];
  width: number;
  height: number;
  /** Clockwise quarter turn applied to the input before recognition. */
  rotation: QuarterTurn;
  durationMs: number;
}

export interface OcrPageOptions extends OcrOptions {
  /** Skip orientation detection and use this turn (e.g. known from the file). */
  rotation?: QuarterTurn;
  /** The layout guess, when the caller already computed it (from `image` at `sourceDpi`). */
  layout?: PageLayoutGuess;
  /** Resolution of `image`, when `render` changes it; `dpi` is then that of the rendering. */
  sourceDpi?: number;
  /**
   * Produces the upright page to read at full size for a clockwise turn of `image` (default:
   * just the turn), e.g. deskewed and reduced in the same pass. Word boxes are in its pixels.
   * The orientation probes use a half-size copy of `image` instead.
   */
  render?: (rotation: QuarterTurn) => GrayImage | Promise<GrayImage>;
}

export interface OcrPageResult extends OcrResult {
  /** The upright image that was recognised (word boxes are in its pixels). */
  image: GrayImage;
  /** How the rotation was decided. */
  orientation: 'given' | 'layout' | 'ocr-check';
}

export interface OcrPool {
  readonly size: number;
  readonly languages: string;
  /** Jobs queued or running. */
  readonly pending: number;
  /** Recognises the image as it is. */
  recognize(image: GrayImage, options?: OcrOptions): Promise<OcrResult>;
  /**
   * Recognises a page whose orientation is unknown: guesses it from the glyph layout, turns
   * the page upright, and when the result still reads badly, tries the other turns on a
   * half-size copy and re-reads the page at the best one.
   */
  recognizePage(image: GrayImage, options?: OcrPageOptions): Promise<OcrPageResult>;
  /** Starts the workers now rather than on the first page. */
  warmUp(): Promise<void>;
  /** Stops all workers and rejects queued jobs; the pool cannot be used afterwards. */
  terminate(): Promise<void>;
}

const NPM_LANG_PATH = 'npm:@tesseract.js-data';
const DEFAULT_WORKER_PATH = fileURLToPath(new URL('./tesseract-worker.mjs', import.meta.url));

/**
 * Parameters for every page. `textord_heavy_nr` drops speckle "characters" on noisy scans at
 * no cost on clean ones. `debug_file` sends Tesseract's warnings (e.g. "Invalid resolution")
 * nowhere instead of to stdout.
 */
const INIT_CONFIG: Record<string, string> = { debug_file: '/dev/null' };
const PAGE_PARAMETERS: Record<string, string> = { textord_heavy_nr: '1' };

/** Below this mean confidence a page is re-checked in the other orientations. */
const LOW_CONFIDENCE = 0.6;
/** A turn must read this much better (mean confidence) to replace the first reading. */
const BETTER_BY = 0.15;

interface Job {
  pgm: Uint8Array;
  params: Record<string, string>;
  width: number;
  height: number;
  signal?: AbortSignal;
  timeoutMs: number;
  onProgress?: (fraction: number) => void;
  resolve: (r: OcrResult) => void;
  reject: (e: unknown) => void;
  onAbort?: () => void;
}

interface Reply {
  jobId: string;
  action: string;
  status: 'resolve' | 'reject' | 'progress';
  data: unknown;
}

let workerSeq = 0;

/** One worker thread running one Tesseract instance. */
class OcrWorker {
  private thread: Worker | null = null;
  private ready: Promise<void> | null = null;
  private seq = 0;
  private readonly waiting = new Map<
    string,
    { resolve: (d: unknown) => void; reject: (e: unknown) => void; progress?: (p: number) => void }
  >();
  private readonly id = `ocr-${++workerSeq}`;
  busy = false;

  constructor(private readonly pool: PoolConfig) {}

  /** Starts the thread and loads the model, once. */
  start(): Promise<void> {
    if (!this.ready) {
      const ready = this.boot();
      this.ready = ready;
      // A failed start must not stay cached: the next job tries again with a fresh thread.
      ready.catch(() => {
        if (this.ready === ready) this.kill();
      });
    }
    return this.ready;
  }

  private async boot(): Promise<void> {
    const thread = new Worker(this.pool.workerPath, { stdout: true, stderr: true });
    // Swallow anything the thread still prints: stdout belongs to the CLI's JSON output.
    thread.stdout.resume();
    thread.stderr.resume();
    this.thread = thread;
    thread.on('message', (m: Reply) => this.onReply(m));
    thread.on('error', (err) => this.fail(err));
    thread.on('exit', (code) => {
      if (this.thread === thread) this.fail(new Error(`OCR worker stopped (exit code ${code})`));
    });
    const timer = setTimeout(
      () => this.fail(new Error('OCR worker did not start in time')),
      this.pool.initTimeoutMs,
    );
    try {
      await this.call('load', { options: { lstmOnly: true, corePath: '', logging: false } });
      await this.call('loadLanguage', {
        langs: this.pool.languages,
        options: {
          langPath: this.pool.langPath,
          cacheMethod: 'none',
          gzip: true,
          lstmOnly: true,
        },
      });
      await this.call('initialize', { langs: this.pool.languages, oem: 1, config: INIT_CONFIG });
      await this.call('setParameters', { params: { ...PAGE_PARAMETERS, ...this.pool.parameters } });
    } finally {
      clearTimeout(timer);
    }
  }

  private call(
    action: string,
    payload: unknown,
    transfer: ArrayBuffer[] = [],
    progress?: (p: number) => void,
  ): Promise<unknown> {
    const thread = this.thread;
    if (!thread) return Promise.reject(new Error('OCR worker is not running'));
    const jobId = `${this.id}-${++this.seq}`;
    return new Promise((resolve, reject) => {
      this.waiting.set(`${action}-${jobId}`, { resolve, reject, progress });
      thread.postMessage({ workerId: this.id, jobId, action, payload }, transfer);
    });
  }

  private onReply(m: Reply): void {
    const key = `${m.action}-${m.jobId}`;
    const w = this.waiting.get(key);
    if (!w) return;
    if (m.status === 'progress') {
      const p = (m.data as { status?: string; progress?: number } | null) ?? {};
      if (p.status === 'recognizing text' && typeof p.progress === 'number')
        w.progress?.(p.progress);
      return;
    }
    this.waiting.delete(key);
    if (m.status === 'resolve') w.resolve(m.data);
    else w.reject(new Error(String(m.data)));
  }

  private fail(err: unknown): void {
    this.kill(err);
  }

  /** Everything in flight fails and the thread goes; the next job starts a new one. */
  kill(reason: unknown = new Error('OCR worker stopped')): void {
    const thread = this.thread;
    this.thread = null;
    this.ready = null;
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    if (thread) {
      thread.removeAllListeners('exit');
      thread.on('error', () => undefined);
      void thread.terminate();
    }
    for (const w of waiting) w.reject(reason);
  }

  async recognize(job: Job): Promise<OcrResult> {
    const started = Date.now();
    const data = (await this.call(
      'recognize',
      { image: job.pgm, options: job.params, output: { text: false, tsv: true } },
      [job.pgm.buffer as ArrayBuffer],
      job.onProgress,
    )) as { tsv: string | null; confidence: number | null };
    const parsed = parseTsv(data.tsv ?? '');
    return {
      text: parsed.text,
      confidence: Math.max(0, Math.min(1, (data.confidence ?? 0) / 100)),
      words: parsed.words,
      width: job.width,
      height: job.height,
      rotation: 0,
      durationMs: Date.now() - started,
    };
  }
}

interface PoolConfig {
  workerPath: string;
  langPath: string;
  languages: string;
  initTimeoutMs: number;
  parameters: Record<string, string>;
}

/**
 * Tesseract's TSV: level page/block/paragraph/line/word, then box and confidence. Text is
 * rebuilt from it (lines within a paragraph, a blank line between paragraphs) so that text and
 * word boxes come from one recognition pass and always agree.
 */
export function parseTsv(tsv: string): { text: string; words: WordBox[] } {
  const words: WordBox[] = [];
  const lines: string[] = [];
  let current: string[] = [];
  let lineKey = '';
  let paraKey = '';
  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const text = cols.slice(11).join('\t').trim();
    if (!text) continue;
    const para = `${cols[1]}.${cols[2]}.${cols[3]}`;
    const line = `${para}.${cols[4]}`;
    if (line !== lineKey) {
      if (current.length) lines.push(current.join(' '));
      if (para !== paraKey && lines.length) lines.push('');
      current = [];
      lineKey = line;
      paraKey = para;
    }
    current.push(text);
    const left = Number(cols[6]);
    const top = Number(cols[7]);
    words.push({
      text,
      x0: left,
      y0: top,
      x1: left + Number(cols[8]),
      y1: top + Number(cols[9]),
      confidence: Math.max(0, Math.min(1, Number(cols[10]) / 100)),
    });
  }
  if (current.length) lines.push(current.join(' '));
  return { text: lines.join('\n'), words };
}

function abortError(): IngestError {
  return new IngestError('CANCELLED');
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const size = Math.max(
    1,
    Math.floor(options.workers ?? Math.min(os.availableParallelism?.() ?? os.cpus().length, 4)),
  );
  const config: PoolConfig = {
    workerPath: options.workerPath ?? DEFAULT_WORKER_PATH,
    langPath: options.langPath ?? NPM_LANG_PATH,
    languages: options.languages ?? 'nld',
    initTimeoutMs: options.initTimeoutMs ?? 60_000,
    parameters: options.parameters ?? {},
  };
  if (!/^[a-z_]+(\+[a-z_]+)*$/.test(config.languages)) {
    throw new Error(`invalid OCR languages: ${config.languages}`);
  }
  const pageTimeoutMs = options.pageTimeoutMs ?? 120_000;
  const maxQueue = Math.max(1, options.maxQueue ?? 64);
  const workers = Array.from({ length: size }, () => new OcrWorker(config));
  const queue: Job[] = [];
  const spaceWaiters: (() => void)[] = [];
  let running = 0;
  let closed = false;

  const pump = (): void => {
    while (queue.length > 0) {
      const worker = workers.find((w) => !w.busy);
      if (!worker) return;
      const job = queue.shift()!;
      spaceWaiters.shift()?.();
      void run(worker, job);
    }
  };

  const run = async (worker: OcrWorker, job: Job): Promise<void> => {
    worker.busy = true;
    running++;
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (job.signal && job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
      fn();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (job.signal?.aborted) {
      finish(() => job.reject(abortError()));
    } else if (job.signal) {
      if (job.onAbort) job.signal.removeEventListener('abort', job.onAbort);
      // Tesseract cannot be interrupted inside WebAssembly: a cancelled page costs its worker,
      // which is replaced on the next job.
      job.onAbort = () => {
        worker.kill();
        finish(() => job.reject(abortError()));
      };
      job.signal.addEventListener('abort', job.onAbort, { once: true });
    }
    try {
      // Starting the worker has its own time limit; the page's limit is for reading it.
      await worker.start();
      if (settled) return;
      timer = setTimeout(() => {
        worker.kill();
        finish(() => job.reject(new IngestError('OCR_TIMEOUT', { timeoutMs: job.timeoutMs })));
      }, job.timeoutMs);
      const result = await worker.recognize(job);
      finish(() => job.resolve(result));
    } catch (err) {
      finish(() =>
        job.reject(
          err instanceof IngestError ? err : new IngestError('OCR_FAILED', {}, { cause: err }),
        ),
      );
    } finally {
      worker.busy = false;
      running--;
      if (!closed) pump();
    }
  };

  const recognize = async (image: GrayImage, opts: OcrOptions = {}): Promise<OcrResult> => {
    if (closed) throw new Error('OCR pool has been terminated');
    if (opts.signal?.aborted) throw abortError();
    while (queue.length >= maxQueue) {
      await new Promise<void>((r) => spaceWaiters.push(r));
      if (opts.signal?.aborted) throw abortError();
      if (closed) throw new Error('OCR pool has been terminated');
    }
    const params: Record<string, string> = {};
    if (opts.dpi && opts.dpi > 0) params.user_defined_dpi = String(Math.round(opts.dpi));
    return new Promise<OcrResult>((resolve, reject) => {
      const job: Job = {
        pgm: toPgm(image),
        params,
        width: image.width,
        height: image.height,
        signal: opts.signal,
        timeoutMs: opts.timeoutMs ?? pageTimeoutMs,
        onProgress: opts.onProgress,
        resolve,
        reject,
      };
      if (opts.signal) {
        // While queued, cancelling just removes the job.
        job.onAbort = () => {
          const i = queue.indexOf(job);
          if (i >= 0) {
            queue.splice(i, 1);
            reject(abortError());
          }
        };
        opts.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      queue.push(job);
      pump();
    });
  };

  const recognizePage = async (
    image: GrayImage,
    opts: OcrPageOptions = {},
  ): Promise<OcrPageResult> => {
    const dpi = opts.dpi ?? 300;
    const sourceDpi = opts.sourceDpi ?? dpi;
    let rotation: QuarterTurn = 0;
    let how: OcrPageResult['orientation'] = 'given';
    let layout: PageLayoutGuess | undefined;
    if (opts.rotation !== undefined) {
      rotation = opts.rotation;
    } else {
      layout = opts.layout ?? guessPageLayout(image, sourceDpi);
      rotation = layout.rotation;
      how = 'layout';
    }
    const ocrOpts: OcrOptions = {
      dpi: opts.dpi,
      signal: opts.signal,
      timeoutMs: opts.timeoutMs,
      onProgress: opts.onProgress,
    };
    const turn = async (r: QuarterTurn): Promise<GrayImage> =>
      opts.render ? opts.render(r) : rotateQuarter(image, r);
    let upright = await turn(rotation);
    let best = { ...(await recognize(upright, ocrOpts)), rotation };
    // Nothing glyph-like on the page (blank, a photo of something else): no point trying turns.
    const hasText = layout ? layout.glyphs >= 30 : best.words.length > 0;
    if (opts.rotation === undefined && best.confidence < LOW_CONFIDENCE && hasText) {
      // Probe the other turns on a half-size copy, most plausible first.
      const order: QuarterTurn[] = [
        ((rotation + 180) % 360) as QuarterTurn,
        ((rotation + 90) % 360) as QuarterTurn,
        ((rotation + 270) % 360) as QuarterTurn,
      ];
      const half = downscale(image, 2);
      let probeBest: { rotation: QuarterTurn; confidence: number } | null = null;
      for (const turn of order) {
        const probe = await recognize(rotateQuarter(half, turn), {
          ...ocrOpts,
          dpi: sourceDpi / 2,
          onProgress: undefined,
        });
        if (!probeBest || probe.confidence > probeBest.confidence) {
          probeBest = { rotation: turn, confidence: probe.confidence };
        }
      }
      if (probeBest && probeBest.confidence > best.confidence + BETTER_BY) {
        const turned = await turn(probeBest.rotation);
        const again = { ...(await recognize(turned, ocrOpts)), rotation: probeBest.rotation };
        if (again.confidence > best.confidence) {
          best = again;
          upright = turned;
          how = 'ocr-check';
        }
      }
    }
    return { ...best, image: upright, orientation: how };
  };

  return {
    size,
    languages: config.languages,
    get pending() {
      return queue.length + running;
    },
    recognize,
    recognizePage,
    async warmUp() {
      await Promise.all(workers.map((w) => w.start()));
    },
    async terminate() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(abortError());
      for (const w of spaceWaiters.splice(0)) w();
      for (const w of workers) w.kill();
    },
  };
}
