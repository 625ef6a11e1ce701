import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BundleDraftProvider } from '../bundle/draft';
import { BundleWizard } from '../bundle/BundleWizard';
import { DocumentsScreen } from '../documents/DocumentsScreen';
import { useI18n } from '../i18n';
import { ImportJobProvider, useImportJob } from '../inbox/import-job';
import { InboxScreen } from '../inbox/InboxScreen';
import { LetterDraftProvider } from '../letters/draft';
import { LettersScreen } from '../letters/LettersScreen';
import { PeopleScreen } from '../people/PeopleScreen';
import { SearchScreen } from '../search/SearchScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TimelineScreen } from '../timeline/TimelineScreen';
import { kluis } from './api';
import { DataVersionProvider } from './data-version';
import { NavigationProvider, SCREENS, useNavigation, type Route, type Screen } from './navigation';

export function Shell(props: { onLock(): void }): ReactNode {
  const [route, setRoute] = useState<Route>({ screen: 'inbox' });
  const navigation = useMemo(() => ({ route, navigate: setRoute }), [route]);
  return (
    <DataVersionProvider>
      <NavigationProvider value={navigation}>
        <ImportJobProvider>
          <BundleDraftProvider>
            <LetterDraftProvider>
              <ShellLayout onLock={props.onLock} />
            </LetterDraftProvider>
          </BundleDraftProvider>
        </ImportJobProvider>
      </NavigationProvider>
    </DataVersionProvider>
  );
}

function ShellLayout(props: { onLock(): void }): ReactNode {
  const { t } = useI18n();
  const navigation = useNavigation();
  const job = useImportJob();
  const mainRef = useRef<HTMLElement>(null);
  const current = navigation.route;

  // Commands from the native menu (Ctrl+O, Ctrl+L, …).
  const { navigate } = navigation;
  const { pickAndImport } = job;
  const { onLock } = props;
  useEffect(
    () =>
      kluis().onMenuCommand((command) => {
        switch (command) {
          case 'import-files':
          case 'import-folder':
            navigate({ screen: 'inbox' });
            void pickAndImport(command === 'import-files' ? 'files' : 'folder');
            break;
          case 'lock':
            onLock();
            break;
          case 'settings':
            navigate({ screen: 'settings' });
            break;
          case 'search':
            navigate({ screen: 'search' });
            break;
        }
      }),
    [navigate, pickAndImport, onLock],
  );

  // After moving to another screen, put focus on its heading so screen readers announce it and
  // keyboard users start at the top.
  const screenKey = current.screen + ('documentId' in current ? (current.documentId ?? '') : '');
  useEffect(() => {
    const main = mainRef.current;
    // A screen that focused its own field (the search box) keeps it.
    if (!main || main.contains(document.activeElement)) return;
    main.querySelector<HTMLElement>('h1')?.focus();
  }, [screenKey]);

  const skipToMain = useCallback(
    () => mainRef.current?.querySelector<HTMLElement>('h1')?.focus(),
    [],
  );

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={skipToMain}>
        {t('shell.skipToContent')}
      </button>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Dossierkluis</span>
        </div>
        <nav aria-label={t('shell.navigation')}>
          <ul className="nav-list">
            {SCREENS.map((screen) => (
              <li key={screen}>
                <NavButton
                  screen={screen}
                  active={current.screen === screen}
                  busy={screen === 'inbox' && job.state.status === 'running'}
                />
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-footer">
          <p className="sidebar-note">{t('shell.localOnly')}</p>
          <button type="button" className="button button-lock" onClick={props.onLock}>
            {t('shell.lock')}
          </button>
        </div>
      </aside>
      <main className="content" ref={mainRef}>
        <CurrentScreen route={current} />
      </main>
    </div>
  );
}

function NavButton(props: { screen: Screen; active: boolean; busy: boolean }): ReactNode {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  return (
    <button
      type="button"
      className="nav-button"
      aria-current={props.active ? 'page' : undefined}
      onClick={() => navigate({ screen: props.screen } as Route)}
    >
      <span>{t(`nav.${props.screen}`)}</span>
      {props.busy ? <span className="nav-busy">{t('nav.busy')}</span> : null}
    </button>
  );
}

function CurrentScreen(props: { route: Route }): ReactNode {
  const { route } = props;
  switch (route.screen) {
    case 'inbox':
      return <InboxScreen />;
    case 'documents':
      return <DocumentsScreen route={route} />;
    case 'timeline':
      return <TimelineScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'search':
      return <SearchScreen initialQuery={route.query} />;
    case 'bundle':
      return <BundleWizard />;
    case 'letters':
      return <LettersScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
