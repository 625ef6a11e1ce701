import type { ReactNode } from 'react';
import { useNavigation } from '../app/navigation';
import { useI18n } from '../i18n';
import { EmptyState } from './EmptyState';

/**
 * The documents, people and timeline lists all fill from imported letters, so when one is
 * empty before anything is imported, the next step is the same: the inbox.
 */
export function NothingImportedYet(props: { title: string; next: string }): ReactNode {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  return (
    <EmptyState
      title={props.title}
      action={
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate({ screen: 'inbox' })}
        >
          {t('documents.goImport')}
        </button>
      }
    >
      <p>{props.next}</p>
    </EmptyState>
  );
}
