import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ApiError, LockReason } from '../../shared/api';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { CreateVault } from '../unlock/CreateVault';
import { Unlock } from '../unlock/Unlock';
import { kluis, toApiError } from './api';
import { PreferencesProvider } from './preferences';
import { Shell } from './Shell';

type Gate =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'create' }
  | { phase: 'unlock'; reason?: LockReason }
  | { phase: 'open'; session: number };

export function App(): ReactNode {
  return (
    <PreferencesProvider>
      <VaultGate />
    </PreferencesProvider>
  );
}

function VaultGate(): ReactNode {
  const [gate, setGate] = useState<Gate>({ phase: 'loading' });

  const load = useCallback(
    () =>
      kluis()
        .vaultState()
        .then(
          (state) =>
            setGate(
              !state.exists
                ? { phase: 'create' }
                : state.unlocked
                  ? { phase: 'open', session: Date.now() }
                  : { phase: 'unlock' },
            ),
          (err: unknown) => setGate({ phase: 'error', error: toApiError(err) }),
        ),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const refresh = useCallback(() => {
    setGate({ phase: 'loading' });
    void load();
  }, [load]);

  // Main locked the vault (idle, OS lock, suspend): unmounting the shell drops every piece of
  // document data the renderer held.
  // While the recovery key sheet is shown the parent may be copying it by hand for minutes:
  // an idle lock must not take the sheet away (the vault is locked all the same).
  useEffect(
    () =>
      kluis().onLocked((reason) =>
        setGate((current) => (current.phase === 'create' ? current : { phase: 'unlock', reason })),
      ),
    [],
  );

  const lock = useCallback(async () => {
    try {
      await kluis().lock();
    } finally {
      setGate({ phase: 'unlock', reason: 'user' });
    }
  }, []);

  switch (gate.phase) {
    case 'loading':
      return (
        <div className="gate">
          <Loading />
        </div>
      );
    case 'error':
      return (
        <div className="gate">
          <ErrorNotice error={gate.error} onRetry={refresh} />
        </div>
      );
    case 'create':
      return <CreateVault onDone={refresh} />;
    case 'unlock':
      return (
        <Unlock
          reason={gate.reason}
          onUnlocked={() => setGate({ phase: 'open', session: Date.now() })}
        />
      );
    case 'open':
      return <Shell key={gate.session} onLock={lock} />;
  }
}
