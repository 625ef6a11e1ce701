// Locks the vault when nobody is at the computer (DESIGN §3): after N minutes of system-wide
// idleness, when the OS screen locks and before the machine sleeps.
import { powerMonitor } from 'electron';
import type { LockReason } from '../../src/shared/api';

export interface AutoLockOptions {
  /** Current setting; read on every tick so a change in Settings applies at once. */
  minutes(): number;
  lock(reason: LockReason): Promise<void>;
}

// Short enough that the vault locks within ~15 s of the limit, cheap enough to never matter.
const CHECK_EVERY_MS = 15_000;

export function startAutoLock(options: AutoLockOptions): () => void {
  const lock = (reason: LockReason): void => {
    // A failing lock must not crash main; the services keep the vault closed on error anyway.
    options.lock(reason).catch(() => undefined);
  };
  const timer = setInterval(() => {
    if (powerMonitor.getSystemIdleTime() >= options.minutes() * 60) lock('idle');
  }, CHECK_EVERY_MS);
  const onLockScreen = (): void => lock('os-lock');
  const onSuspend = (): void => lock('suspend');
  powerMonitor.on('lock-screen', onLockScreen);
  powerMonitor.on('suspend', onSuspend);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', onLockScreen);
    powerMonitor.off('suspend', onSuspend);
  };
}
