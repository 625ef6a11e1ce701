import { describe, expect, it } from 'vitest';
import { preflight, type PlanOptions } from '../../../src/core/bundle';
import { LARGE_PAGES } from '../../../src/core/bundle/preflight';
import { doc, page, pages } from './fixtures';

const base: PlanOptions = { purpose: 'advocaat', today: '2025-03-14' };

function codes(list: ReturnType<typeof preflight>): string[] {
  return list.map((w) => `${w.code}:${w.documentId ?? ''}`);
}

describe('preflight', () => {
  it('is quiet for a clean selection', () => {
    expect(preflight([doc({ id: 'a', date: '2020-01-01' })], base)).toEqual([]);
  });

  it('warns about undated, unreviewed and textless documents, in Dutch', () => {
    const warnings = preflight(
      [
        doc({ id: 'undated', date: null }),
        doc({ id: 'review', date: '2020-01-01', status: 'needs-review' }),
        doc({
          id: 'blank',
          date: '2020-02-01',
          pages: [page(1), page(2, '', { source: 'none' }), page(3, '   ')],
        }),
      ],
      base,
    );
    // In bundle order: dated documents first, the undated one last.
    expect(codes(warnings)).toEqual(['needs-review:review', 'no-text:blank', 'undated:undated']);
    expect(warnings[1]!.message).toContain("pagina's 2 en 3 hebben geen herkende tekst");
    expect(warnings[2]!.message).toContain('geen datum');
  });

  it('adds a redaction hint to pages without text when BSNs are blacked out', () => {
    const [w] = preflight([doc({ id: 'b', date: '2020-01-01', pages: [page(1, '')] })], {
      ...base,
      redactBsn: true,
    });
    expect(w!.message).toContain('markeer het zelf');
  });

  it('finds identical files, flagged re-scans and look-alike letters', () => {
    const letter =
      'Geachte mevrouw Brink, hierbij ontvangt u het verslag van het gesprek op 3 maart over de omgang met Mila en de afspraken die wij hebben gemaakt over de school en de hulpverlening.';
    const warnings = preflight(
      [
        doc({ id: 'a', date: '2021-03-02', sha256: 'same' }),
        doc({ id: 'b', date: '2021-03-05', sha256: 'same' }),
        doc({ id: 'c', date: '2021-04-01', possibleDuplicateOf: 'd' }),
        doc({ id: 'd', date: '2021-04-02' }),
        doc({ id: 'e', date: '2022-01-10', pages: [page(1, letter)] }),
        doc({ id: 'f', date: '2022-01-10', pages: [page(1, `${letter} `)] }),
        doc({
          id: 'g',
          date: '2022-01-10',
          pages: [page(1, 'Een heel andere brief over iets anders dan het gesprek.')],
        }),
      ],
      base,
    );
    expect(codes(warnings)).toEqual(['duplicate:b', 'duplicate:c', 'duplicate:f']);
  });

  it('reports failed imports that the selection leaves out', () => {
    const warnings = preflight([doc({ id: 'x', date: '2020-01-01', status: 'failed' })], base);
    expect(codes(warnings)).toEqual(['failed:x']);
  });

  it('warns when the bundle gets very large', () => {
    const big = Array.from({ length: 11 }, (_, i) =>
      doc({ id: `big${i}`, date: `2020-01-${String(i + 10)}`, pages: pages(100) }),
    );
    const warnings = preflight(big, base);
    expect(11 * 100).toBeGreaterThan(LARGE_PAGES);
    expect(codes(warnings)).toEqual(['large:']);
    expect(warnings[0]!.message).toContain("1100 pagina's");
  });
});
