import type { KluisBridge } from '../shared/api';

declare global {
  interface Window {
    /** Set by the preload (or the e2e host); the renderer's only way out. */
    readonly kluis: KluisBridge;
  }
}

export {};
