// Connected components of a binary ink mask: the glyph-sized blobs the page-layout measures
// (orientation, skew) are computed from. Working on glyphs rather than raw ink keeps page
// edges, scanner shadows, punch holes and logos from dominating those measures.

export interface Component {
  x0: number;
  y0: number;
  x1: number; // inclusive
  y1: number; // inclusive
  pixels: number;
}

/**
 * 8-connected components by run-length union-find: each row's ink runs are joined to the
 * overlapping runs of the row above. Linear in the number of runs.
 */
export function connectedComponents(mask: Uint8Array, w: number, h: number): Component[] {
  const parent: number[] = [];
  const find = (a: number): number => {
    while (parent[a]! !== a) {
      parent[a] = parent[parent[a]!]!;
      a = parent[a]!;
    }
    return a;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Runs: start, end (exclusive), row, label.
  const runStart: number[] = [];
  const runEnd: number[] = [];
  const runRow: number[] = [];
  let prevFirst = 0;
  let prevLast = 0; // exclusive
  for (let y = 0; y < h; y++) {
    const row = y * w;
    const first = runStart.length;
    let x = 0;
    while (x < w) {
      if (mask[row + x] === 0) {
        x++;
        continue;
      }
      const s = x;
      while (x < w && mask[row + x] !== 0) x++;
      const id = runStart.length;
      runStart.push(s);
      runEnd.push(x);
      runRow.push(y);
      parent.push(id);
      // Overlap with runs of the previous row, diagonals included. Runs are sorted, so the
      // ones ending before this run starts can never overlap a later run either.
      while (prevFirst < prevLast && runEnd[prevFirst]! < s) prevFirst++;
      for (let r = prevFirst; r < prevLast && runStart[r]! <= x; r++) union(id, r);
    }
    prevFirst = first;
    prevLast = runStart.length;
  }
  const byRoot = new Map<number, Component>();
  for (let r = 0; r < runStart.length; r++) {
    const root = find(r);
    const y = runRow[r]!;
    const s = runStart[r]!;
    const e = runEnd[r]! - 1;
    const c = byRoot.get(root);
    if (c) {
      if (s < c.x0) c.x0 = s;
      if (e > c.x1) c.x1 = e;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      c.pixels += e - s + 1;
    } else {
      byRoot.set(root, { x0: s, x1: e, y0: y, y1: y, pixels: e - s + 1 });
    }
  }
  return [...byRoot.values()];
}

/** Components shaped like glyphs (or short merged words) at roughly 150 dpi. */
export function glyphLike(components: Component[], scale = 1): Component[] {
  const minH = 3 * scale;
  const maxH = 60 * scale;
  const maxW = 150 * scale;
  return components.filter((c) => {
    const w = c.x1 - c.x0 + 1;
    const h = c.y1 - c.y0 + 1;
    if (h > maxH || w > maxW) return false;
    if (Math.max(w, h) < minH) return false;
    if (c.pixels < 4) return false;
    // Solid blobs (punch holes, stains, filled boxes) are not glyphs.
    const fill = c.pixels / (w * h);
    return !(fill > 0.85 && w > 8 * scale && h > 8 * scale);
  });
}
