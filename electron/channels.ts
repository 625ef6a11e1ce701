// IPC channel names, shared by main and preload so the two cannot disagree.
import type { DESKTOP_METHODS, KLUIS_METHODS } from '../src/shared/api';

export type BridgeMethod = (typeof KLUIS_METHODS)[number] | (typeof DESKTOP_METHODS)[number];

export const invokeChannel = (method: BridgeMethod): string => `kluis:${method}`;

/** Main → renderer pushes. */
export const PROGRESS_CHANNEL = 'kluis:progress';
export const LOCKED_CHANNEL = 'kluis:locked';
export const MENU_CHANNEL = 'kluis:menu';
