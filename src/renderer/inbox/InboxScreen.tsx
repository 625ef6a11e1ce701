import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { DropZone } from './DropZone';
import { ImportStatus } from './ImportStatus';
import { ReviewQueue } from './ReviewQueue';

export function InboxScreen(): ReactNode {
  const { t } = useI18n();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('inbox.title')}</h1>
        <p className="screen-intro">{t('inbox.intro')}</p>
      </header>
      <DropZone />
      <ImportStatus />
      <ReviewQueue />
    </div>
  );
}
