// The streaming PDF writer: objects leave memory at each flush, and what comes out is one valid
// PDF whose size and hash are what the writer reports.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFRawStream, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MemorySink, PdfStreamOut } from '../../../src/core/bundle/pdf-stream';

describe('PdfStreamOut', () => {
  it('writes finished objects at each flush and drops them from the document', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const sink = new MemorySink();
    const out = new PdfStreamOut(sink, doc.context);
    for (let i = 0; i < 3; i++) {
      const page = doc.addPage([200, 300]);
      page.drawText(`pagina ${i + 1}`, { x: 20, y: 250, size: 12, font });
      // A stand-in for a scan: a large stream that must not stay in memory.
      doc.context.register(PDFRawStream.of(doc.context.obj({}), new Uint8Array(100_000).fill(i)));
      const before = doc.context.enumerateIndirectObjects().length;
      await out.flush();
      const after = doc.context.enumerateIndirectObjects();
      expect(after.length).toBeLessThan(before);
      expect(after.some(([, o]) => o instanceof PDFRawStream)).toBe(false);
    }
    doc.setTitle('Streamed');
    await doc.flush();
    const { bytes, sha256 } = await out.finish();
    const pdf = sink.bytes();
    expect(pdf.length).toBe(bytes);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 8))).toBe('%PDF-1.7');
    expect(new TextDecoder('latin1').decode(pdf.subarray(-5))).toBe('%%EOF');
    const back = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(back.getPageCount()).toBe(3);
    expect(back.getTitle()).toBe('Streamed');
    // Every offset in the cross-reference table points at its object.
    const text = new TextDecoder('latin1').decode(pdf);
    const xref = text.slice(text.lastIndexOf('\nxref\n') + 1, text.lastIndexOf('trailer'));
    const [, ...rows] = xref.split('\n');
    let n = 0;
    let checked = 0;
    for (const row of rows) {
      const head = /^(\d+) (\d+)$/.exec(row);
      if (head) {
        n = Number(head[1]);
        continue;
      }
      const entry = /^(\d{10}) (\d{5}) ([nf]) $/.exec(row);
      if (!entry) continue;
      if (entry[3] === 'n') {
        expect(text.startsWith(`${n} 0 obj`, Number(entry[1]))).toBe(true);
        checked++;
      }
      n++;
    }
    expect(checked).toBeGreaterThan(6);
  });
});
