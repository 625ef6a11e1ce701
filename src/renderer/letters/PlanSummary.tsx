import type { ReactNode } from 'react';
import type { LetterAddressee, LetterPlan } from '../../shared/api';
import { useI18n } from '../i18n';

export function addresseeText(addressee: LetterAddressee): string {
  if (!addressee.name) return addressee.organisation;
  const who = addressee.role ? `${addressee.name} (${addressee.role})` : addressee.name;
  return `${who}, ${addressee.organisation}`;
}

/**
 * What the letter rests on, in one list: to whom, which references, by when and on what basis.
 * The parent checks these before anything is written; they are what an addressee looks at first.
 */
export function PlanSummary(props: { plan: LetterPlan; showCites?: boolean }): ReactNode {
  const { t, formatDate } = useI18n();
  const { plan } = props;
  return (
    <dl className="facts letter-facts" data-testid="letter-plan">
      <dt>{t('letters.addressee')}</dt>
      <dd data-testid="letter-addressee">{addresseeText(plan.addressee)}</dd>
      <dt>{t('letters.references')}</dt>
      <dd data-testid="letter-references">
        {plan.references.length > 0 ? plan.references.join(', ') : t('letters.noReferences')}
      </dd>
      {plan.due ? (
        <>
          <dt>{t('letters.due')}</dt>
          <dd data-testid="letter-due">
            <strong>{t('letters.dueUntil', { date: formatDate(plan.due) })}</strong>
            {plan.dueBasis ? (
              <span className="muted"> — {t('letters.basis', { basis: plan.dueBasis })}</span>
            ) : null}
          </dd>
        </>
      ) : null}
      {plan.basis ? (
        <>
          <dt>{t('letters.letterBasis')}</dt>
          <dd data-testid="letter-basis">{plan.basis}</dd>
        </>
      ) : null}
      {props.showCites && plan.cites.length > 0 ? (
        <>
          <dt>{t('letters.citesInLetter')}</dt>
          <dd>
            <ul className="plain-list">
              {plan.cites.map((cite, i) => (
                <li key={`${cite.documentId}-${i}`}>{cite.text}</li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {plan.nextStep ? (
        <>
          <dt>{t('letters.nextStep')}</dt>
          <dd>{plan.nextStep}</dd>
        </>
      ) : null}
    </dl>
  );
}
