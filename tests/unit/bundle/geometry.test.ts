import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../../src/core/bundle/content';
import { frameFor, uprightImageMatrix } from '../../../src/core/bundle/frame';
import { toDisplayRect } from '../../../src/core/bundle/text-layer';

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Where a user-space point shows up on screen for a /Rotate (PDF 32000-1 §7.7.3.3). */
function shownAt(
  rotate: number,
  box: { x: number; y: number; w: number; h: number },
  ux: number,
  uy: number,
): [number, number] {
  const x = ux - box.x;
  const y = uy - box.y;
  switch (rotate) {
    case 90:
      return [y, box.w - x];
    case 180:
      return [box.w - x, box.h - y];
    case 270:
      return [box.h - y, x];
    default:
      return [x, y];
  }
}

describe('display frame of a (rotated, cropped) page', () => {
  const box = { x: 10, y: 20, width: 600, height: 800 };
  it.each([0, 90, 180, 270] as const)(
    '/Rotate %i maps display space back onto the page',
    (rotate) => {
      const frame = frameFor(box, rotate);
      expect([frame.width, frame.height]).toEqual(rotate % 180 === 0 ? [600, 800] : [800, 600]);
      // Top-right corner of what the reader sees (where "Productie N" goes) …
      const [ux, uy] = apply(frame.matrix, frame.width, frame.height);
      // … is shown at the top-right corner again after the viewer applies /Rotate.
      expect(shownAt(rotate, { x: 10, y: 20, w: 600, h: 800 }, ux, uy)).toEqual([
        frame.width,
        frame.height,
      ]);
      const [lx, ly] = apply(frame.matrix, 0, 0);
      expect(shownAt(rotate, { x: 10, y: 20, w: 600, h: 800 }, lx, ly)).toEqual([0, 0]);
    },
  );

  it.each([0, 90, 180, 270] as const)(
    'an image stored turned needs %i° and lands upright',
    (rotation) => {
      // The unit square's corners: stored top-left (0,1) must end at the page's top-left.
      const m = uprightImageMatrix(300, 400, rotation);
      const storedTopLeft: Record<number, [number, number]> = {
        0: [0, 1],
        90: [0, 0],
        180: [1, 0],
        270: [1, 1],
      };
      const [u, v] = storedTopLeft[rotation]!;
      expect(apply(m, u, v)).toEqual([0, 400]);
    },
  );
});

describe('word boxes onto the page', () => {
  it('scales top-left pixel boxes and flips y', () => {
    const r = toDisplayRect(
      { x0: 100, y0: 200, x1: 300, y1: 250 },
      { width: 1000, height: 2000 },
      500,
      1000,
    );
    expect(r).toEqual({ x0: 50, x1: 150, y0: 875, y1: 900 });
  });

  it('takes PDF user space (bottom-left) as it is', () => {
    const r = toDisplayRect(
      { x0: 100, y0: 200, x1: 300, y1: 250 },
      { width: 500, height: 1000, origin: 'bottom-left' },
      500,
      1000,
    );
    expect(r).toEqual({ x0: 100, x1: 300, y0: 200, y1: 250 });
  });

  it('skips degenerate boxes', () => {
    expect(
      toDisplayRect({ x0: 1, y0: 1, x1: 1, y1: 5 }, { width: 10, height: 10 }, 10, 10),
    ).toBeNull();
    expect(
      toDisplayRect({ x0: 1, y0: 1, x1: 2, y1: 2 }, { width: 0, height: 10 }, 10, 10),
    ).toBeNull();
  });
});
