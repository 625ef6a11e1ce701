// One counter that every change to the vault bumps; lists put it in their load key so they
// refresh after an import, an edit or a merge without each screen knowing the others.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

interface DataVersion {
  version: number;
  changed(): void;
}

const DataVersionContext = createContext<DataVersion>({ version: 0, changed: () => undefined });

export function DataVersionProvider(props: { children: ReactNode }): ReactNode {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ version, changed }), [version, changed]);
  return <DataVersionContext.Provider value={value}>{props.children}</DataVersionContext.Provider>;
}

export const useDataVersion = (): DataVersion => useContext(DataVersionContext);
