import { useMemo, useState, type ReactNode } from 'react';
import type { PersonView } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { ErrorNotice } from '../components/ErrorNotice';
import { FilterBar, FilterSelect, FilterText } from '../components/Filters';
import { Loaded } from '../components/Loaded';
import { NothingImportedYet } from '../components/NothingImportedYet';
import { useI18n } from '../i18n';
import { MergeDialog } from './MergeDialog';

export function PeopleScreen(): ReactNode {
  const { t } = useI18n();
  const { version } = useDataVersion();
  const people = useAsync(() => kluis().people(), `people-${version}`);
  const organisations = useAsync(() => kluis().organisations(), `orgs-${version}`);
  const [role, setRole] = useState('');
  const [text, setText] = useState('');
  const [merging, setMerging] = useState<PersonView | null>(null);

  const all = useMemo(() => people.value ?? [], [people.value]);
  const roles = useMemo(() => [...new Set(all.map((p) => p.role).filter(Boolean))].sort(), [all]);
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return all
      .filter((p) => !role || p.role === role)
      .filter(
        (p) =>
          !needle ||
          [p.name, p.organisation ?? '', ...p.aliases].some((v) =>
            v.toLowerCase().includes(needle),
          ),
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [all, role, text]);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('people.title')}</h1>
        <p className="screen-intro">{t('people.intro')}</p>
      </header>
      <FilterBar>
        <FilterText label={t('people.filterText')} value={text} onChange={setText} />
        <FilterSelect
          label={t('people.filterRole')}
          value={role}
          onChange={setRole}
          options={roles.map((r) => ({ value: r, label: r }))}
        />
      </FilterBar>

      <Loaded state={people}>
        {() =>
          all.length === 0 ? (
            <NothingImportedYet title={t('people.empty')} next={t('people.emptyNext')} />
          ) : (
            <table className="table" data-testid="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.col.name')}</th>
                  <th scope="col">{t('people.col.role')}</th>
                  <th scope="col">{t('people.col.organisation')}</th>
                  <th scope="col" className="numeric">
                    {t('people.col.documents')}
                  </th>
                  <th scope="col">{t('people.col.aliases')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('people.col.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((person) => (
                  <tr key={person.id}>
                    <th scope="row" className="cell-name">
                      {person.name}
                    </th>
                    <td>{person.role || <span className="muted">{t('common.unknown')}</span>}</td>
                    <td>
                      {person.organisation ?? <span className="muted">—</span>}
                      {person.kind ? (
                        <span className="muted small block">{t(`orgKind.${person.kind}`)}</span>
                      ) : null}
                    </td>
                    <td className="numeric">{person.documents}</td>
                    <td className="small">{person.aliases.join(', ')}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setMerging(person)}
                        aria-label={t('people.mergeLabel', { name: person.name })}
                      >
                        {t('people.merge')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>

      <section className="card" aria-labelledby="orgs-title">
        <h2 id="orgs-title">{t('people.organisations')}</h2>
        {organisations.status === 'error' ? (
          <ErrorNotice error={organisations.error} onRetry={organisations.reload} />
        ) : (organisations.value ?? []).length === 0 ? (
          <p className="muted">{t('people.noOrganisations')}</p>
        ) : (
          <ul className="org-list">
            {(organisations.value ?? []).map((org) => (
              <li key={org.id}>
                <span className="org-name">{org.name}</span>
                <span className="muted"> · {t(`orgKind.${org.kind}`)}</span>
                {org.aliases.length > 0 ? (
                  <span className="muted small block">
                    {t('people.alsoWritten', { aliases: org.aliases.join(', ') })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <MergeDialog person={merging} people={all} onClose={() => setMerging(null)} />
    </div>
  );
}
