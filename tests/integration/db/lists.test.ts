import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../src/core/case/timeline';
import { openDatabase, type Connection } from '../../../src/core/db/connection';
import {
  documentPage,
  getDocumentDetail,
  listDocuments,
} from '../../../src/core/db/queries/documents';
import { tempDir } from '../../helpers/temp';

// The list queries rewritten for 20,000-page vaults (issue #10): same answers as before.
const tmp = tempDir();
const KEY = Buffer.alloc(32, 6);
let c: Connection;

beforeAll(() => {
  c = openDatabase(join(tmp.dir, 'vault.db'), KEY);
  const blob = (n: number) => n.toString(16).padStart(32, '0');
  c.raw.exec(`
    INSERT INTO organisations (id, name, kind) VALUES ('o1', 'Rechtbank Midden-Nederland', 'court');
    INSERT INTO persons (id, name, role) VALUES ('pa', 'Daan Brink', 'kind'), ('pb', 'mr. F. Hartsema', 'kinderrechter'),
      ('pc', 'Wendy Brink', 'moeder');
    INSERT INTO blobs (id, size, chunks, sha256, kind) VALUES
      ('${blob(1)}', 1, 1, 'x', 'original'), ('${blob(2)}', 1, 1, 'x', 'original'),
      ('${blob(3)}', 1, 1, 'x', 'original'), ('${blob(4)}', 1, 1, 'x', 'original');
    INSERT INTO documents (id, file_name, mime_type, sha256, size, original_blob_id, title, letter_date, type,
        sender_organisation_id, sender_name, sender_kind, "references", page_count, status, created_at) VALUES
      ('undated', 'a.pdf', 'application/pdf', 's1', 1, '${blob(1)}', 'Zonder datum', NULL, 'letter', NULL, 'Samen Veilig', 'certified-institution', '[]', 1, 'needs-review', '2024-01-01T00:00:00.000Z'),
      ('late', 'b.pdf', 'application/pdf', 's2', 1, '${blob(2)}', 'Beschikking', '2023-03-14', 'court-decision', 'o1', 'rechtbank', 'other', '["C/16/512345"]', 2, 'confirmed', '2024-01-02T00:00:00.000Z'),
      ('early', 'c.pdf', 'application/pdf', 's3', 1, '${blob(3)}', 'Brief', '2022-01-03', 'letter', NULL, NULL, NULL, '[]', 1, 'confirmed', '2024-01-03T00:00:00.000Z'),
      ('same-day', 'd.pdf', 'application/pdf', 's4', 1, '${blob(4)}', 'Aanwijzing', '2023-03-14', 'written-instruction', NULL, 'GI', 'certified-institution', '[]', 1, 'confirmed', '2024-01-04T00:00:00.000Z');
    INSERT INTO pages (document_id, n, text, source, confidence, width, height, words) VALUES
      ('late', 1, 'Eerste pagina', 'embedded', 1, 595, 842, '[{"text":"Eerste","x0":1,"y0":2,"x1":3,"y1":4,"confidence":1}]'),
      ('late', 2, 'Tweede pagina', 'ocr', 0.8, 595, 842, '[]');
    INSERT INTO document_persons (document_id, person_id, name_as_written, role) VALUES
      ('late', 'pb', 'mr. F. Hartsema', 'kinderrechter'), ('late', 'pa', 'Daan', 'kind'),
      ('late', 'pa', 'Daan Brink', 'kind'), ('same-day', 'pc', 'moeder', 'moeder');
  `);
});
afterAll(() => {
  c.close();
  tmp.cleanup();
});

describe('document and timeline lists', () => {
  it('lists documents by letter date, undated last, same date in import order', () => {
    const docs = listDocuments(c.db);
    expect(docs.map((d) => d.id)).toEqual(['early', 'late', 'same-day', 'undated']);
    expect(docs[1]).toEqual({
      id: 'late',
      fileName: 'b.pdf',
      sha256: 's2',
      title: 'Beschikking',
      date: '2023-03-14',
      type: 'court-decision',
      // The organisation wins over the name the letter was read with.
      sender: 'Rechtbank Midden-Nederland',
      senderKind: 'court',
      references: ['C/16/512345'],
      pages: 2,
      status: 'confirmed',
    });
    expect(docs[3]).toMatchObject({ sender: 'Samen Veilig', senderKind: 'certified-institution' });
    expect(docs[0]).toMatchObject({ sender: null, senderKind: null });
  });

  it('puts each document on the timeline with its persons, once each, in person order', () => {
    const entries = buildTimeline(c.db);
    // Same date: by title (Aanwijzing before Beschikking).
    expect(entries.map((e) => e.documentId)).toEqual(['early', 'same-day', 'late', 'undated']);
    expect(entries[2]!.persons).toEqual(['Daan Brink', 'mr. F. Hartsema']);
    expect(buildTimeline(c.db, { child: 'daan' }).map((e) => e.documentId)).toEqual(['late']);
    expect(
      buildTimeline(c.db, { from: '2023-01-01', type: 'court-decision' }).map((e) => e.documentId),
    ).toEqual(['late']);
  });

  it('reads one page with its word boxes, and a document detail without them', () => {
    expect(documentPage(c.db, 'late', 1)).toMatchObject({ n: 1, words: [{ text: 'Eerste' }] });
    expect(documentPage(c.db, 'late', 3)).toBeUndefined();
    const detail = getDocumentDetail(c.db, 'late', () => []);
    expect(detail.pages).toEqual([
      { n: 1, text: 'Eerste pagina', source: 'embedded', confidence: 1 },
      { n: 2, text: 'Tweede pagina', source: 'ocr', confidence: 0.8 },
    ]);
  });
});
