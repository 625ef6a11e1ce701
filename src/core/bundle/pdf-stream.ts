// Writes a pdf-lib document object by object while it is still being built, so that a bundle of
// hundreds of colour scans never sits in memory whole. pdf-lib's own `save()` needs every object
// of the document in memory and then serialises it all into one buffer of the final size (and
// the caller's copy doubles that). Here the renderer flushes after each productie: every
// finished indirect object (image, content stream, copied page resources) is serialised to the
// sink and dropped from the context; only the page tree, the page dictionaries and the catalog
// stay until the end, because front matter, links and the outline still change or read them.
//
// Layout is that of pdf-lib's PDFWriter (PDF 32000-1 §7.5: header, `n g obj … endobj`, a classic
// cross-reference table in ascending object order, trailer, startxref), without object streams.
import { createHash, type Hash } from 'node:crypto';
import {
  PDFCatalog,
  PDFPageLeaf,
  PDFPageTree,
  type PDFContext,
  type PDFObject,
  type PDFRef,
} from 'pdf-lib';

/** Where the bundle bytes go, in order. Each chunk may be kept or copied by the sink. */
export interface ByteSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

/** Collects the bytes in memory (for callers that want one buffer, and for tests). */
export class MemorySink implements ByteSink {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  write(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

const encoder = new TextEncoder();
/** Small objects are gathered into writes of about this size. */
const CHUNK = 1 << 20;

export class PdfStreamOut {
  private offset = 0;
  private readonly offsets = new Map<number, { offset: number; generation: number }>();
  private readonly hash: Hash = createHash('sha256');
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private started = false;

  constructor(
    private readonly sink: ByteSink,
    private readonly context: PDFContext,
  ) {}

  /** Bytes written so far. */
  get size(): number {
    return this.offset + this.pendingBytes;
  }

  private push(bytes: Uint8Array): void {
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private async drain(force = false): Promise<void> {
    if (this.pendingBytes === 0 || (!force && this.pendingBytes < CHUNK)) return;
    const chunk =
      this.pending.length === 1 ? this.pending[0]! : concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.offset += chunk.length;
    this.pendingBytes = 0;
    this.hash.update(chunk);
    await this.sink.write(chunk);
  }

  private header(): void {
    if (this.started) return;
    this.started = true;
    // The comment line of high bytes marks the file as binary for transfer tools (§7.5.2).
    this.push(new Uint8Array([...encoder.encode('%PDF-1.7\n%'), 129, 129, 129, 129, 10, 10]));
  }

  private writeObject(ref: PDFRef, object: PDFObject): void {
    const head = encoder.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const size = object.sizeInBytes();
    const bytes = new Uint8Array(head.length + size + 9);
    bytes.set(head, 0);
    object.copyBytesInto(bytes, head.length);
    bytes.set(encoder.encode('\nendobj\n\n'), head.length + size);
    this.offsets.set(ref.objectNumber, {
      offset: this.size,
      generation: ref.generationNumber,
    });
    this.push(bytes);
  }

  /**
   * Writes every finished object and removes it from the context. Kept: the catalog, the page
   * tree and page dictionaries (read by later pages and by the front matter). Nothing written
   * may be changed afterwards: the caller flushes only between producties.
   */
  async flush(): Promise<void> {
    this.header();
    const root = this.context.trailerInfo.Root;
    for (const [ref, object] of this.context.enumerateIndirectObjects()) {
      if (ref === root || object instanceof PDFCatalog) continue;
      if (object instanceof PDFPageLeaf || object instanceof PDFPageTree) continue;
      this.writeObject(ref, object);
      this.context.delete(ref);
      await this.drain();
    }
    await this.drain();
  }

  /** Writes what is left, the cross-reference table and the trailer. Returns size and hash. */
  async finish(): Promise<{ bytes: number; sha256: string }> {
    this.header();
    for (const [ref, object] of this.context.enumerateIndirectObjects()) {
      this.writeObject(ref, object);
      this.context.delete(ref);
      await this.drain();
    }
    const xrefAt = this.size;
    const numbers = [...this.offsets.keys()].sort((a, b) => a - b);
    // Subsections of consecutive object numbers; object 0 heads the free list (§7.5.4). Every
    // entry is exactly 20 bytes, its end of line included.
    const sections: string[] = [];
    let run: string[] = ['0000000000 65535 f \n'];
    let runStart = 0;
    let expected = 1;
    for (const n of numbers) {
      if (n !== expected) {
        sections.push(`${runStart} ${run.length}\n${run.join('')}`);
        run = [];
        runStart = n;
      }
      const { offset, generation } = this.offsets.get(n)!;
      run.push(`${String(offset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`);
      expected = n + 1;
    }
    sections.push(`${runStart} ${run.length}\n${run.join('')}`);
    const info = this.context.trailerInfo;
    const trailer = this.context.obj({
      Size: this.context.largestObjectNumber + 1,
      Root: info.Root,
      ...(info.Info ? { Info: info.Info } : {}),
      ...(info.ID ? { ID: info.ID } : {}),
    });
    this.push(
      encoder.encode(
        `xref\n${sections.join('')}trailer\n${trailer.toString()}\nstartxref\n${xrefAt}\n%%EOF`,
      ),
    );
    await this.drain(true);
    return { bytes: this.offset, sha256: this.hash.digest('hex') };
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
