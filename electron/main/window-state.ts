// Remembers size and position of the window (and nothing else) between runs.
import { join } from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readJson, writeJson } from './json-file';

interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const DEFAULT_SIZE = { width: 1280, height: 860 };
const MIN_SIZE = { width: 800, height: 600 };

function isRectangle(value: unknown): value is Rectangle {
  const r = value as Partial<Rectangle> | undefined;
  return (
    typeof r === 'object' &&
    r !== null &&
    [r.x, r.y, r.width, r.height].every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** A saved position is only used when it is still on a connected display. */
function isVisible(bounds: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea }) => {
    const overlapX =
      Math.min(bounds.x + bounds.width, workArea.x + workArea.width) -
      Math.max(bounds.x, workArea.x);
    const overlapY =
      Math.min(bounds.y + bounds.height, workArea.y + workArea.height) -
      Math.max(bounds.y, workArea.y);
    return overlapX >= 100 && overlapY >= 100;
  });
}

export function loadWindowState(userDataDir: string): {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
} {
  const saved = readJson(join(userDataDir, 'window-state.json')) as
    Partial<WindowState> | undefined;
  if (!saved || !isRectangle(saved.bounds)) return { ...DEFAULT_SIZE, maximized: false };
  const width = Math.max(MIN_SIZE.width, Math.round(saved.bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.bounds.height));
  const position = isVisible(saved.bounds) ? { x: saved.bounds.x, y: saved.bounds.y } : {};
  return { width, height, ...position, maximized: saved.maximized === true };
}

export const windowMinimumSize = MIN_SIZE;

export function trackWindowState(window: BrowserWindow, userDataDir: string): void {
  const file = join(userDataDir, 'window-state.json');
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    };
    writeJson(file, state);
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
