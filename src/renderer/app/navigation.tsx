import { createContext, useContext, type ReactNode } from 'react';

export type Screen =
  'inbox' | 'documents' | 'timeline' | 'people' | 'search' | 'bundle' | 'letters' | 'settings';

export const SCREENS: readonly Screen[] = [
  'inbox',
  'documents',
  'timeline',
  'people',
  'search',
  'bundle',
  'letters',
  'settings',
];

export type Route =
  | { screen: 'documents'; documentId?: string; page?: number; highlight?: string }
  | { screen: 'search'; query?: string }
  | { screen: Exclude<Screen, 'documents' | 'search'> };

export interface Navigation {
  route: Route;
  navigate(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider(props: { value: Navigation; children: ReactNode }): ReactNode {
  return (
    <NavigationContext.Provider value={props.value}>{props.children}</NavigationContext.Provider>
  );
}

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationProvider');
  return value;
}
