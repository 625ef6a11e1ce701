import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

export function Loading(props: { label?: string }): ReactNode {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {props.label ?? t('common.loading')}
    </p>
  );
}
