// Issue #12's bar, kept: the suggestions a parent gets through the services (real OCR of the
// scans, real encrypted vault, one vault per family) on the development corpus and, separately,
// on the sample case. `npm run eval:extract` prints the same numbers with the confusions.
import { describe, expect, it } from 'vitest';
import { runSet, type SetName } from '../../../scripts/eval/run-set';
import { rate, type Field } from '../../../scripts/eval/score';

const FLOORS: Partial<Record<Field, number>> = {
  date: 0.98,
  type: 0.95,
  sender: 0.95,
  reference: 0.95,
  persons: 0.9,
  roles: 0.85,
  deadlines: 0.9,
};

describe.each<SetName>(['dev', 'sample'])('extraction accuracy on the %s set', (set) => {
  it('meets every per-field floor and ingests every document', { timeout: 900_000 }, async () => {
    const r = await runSet(set);
    expect(r.failures).toEqual([]);
    expect(r.score.ingested).toBe(r.score.documents);
    const below = Object.entries(FLOORS)
      .map(([f, floor]) => ({ f, floor, got: rate(r.score.fields[f as Field]) }))
      .filter((x) => x.got < x.floor!)
      .map((x) => `${x.f} ${x.got.toFixed(3)} < ${x.floor}`);
    expect(below).toEqual([]);
  });
});
