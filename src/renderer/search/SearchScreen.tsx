import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError, DocumentSummary, SearchHit } from '../../shared/api';
import { kluis, toApiError, useAsync } from '../app/api';
import { useDataVersion } from '../app/data-version';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../components/EmptyState';
import { ErrorNotice } from '../components/ErrorNotice';
import { Highlighted, queryTerms } from '../components/Highlighted';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n';

type Results =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; error: ApiError };

// The search index marks matches in its snippets as [word]; those marks are exact (they follow
// the index's own word forms), so they win over highlighting the query terms ourselves.
const MARKED = /\[([^\]\n]{1,80})\]/;

function Snippet(props: { snippet: string; terms: string[] }): ReactNode {
  if (!MARKED.test(props.snippet)) return <Highlighted text={props.snippet} terms={props.terms} />;
  return props.snippet
    .split(new RegExp(MARKED.source, 'g'))
    .map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}

export function SearchScreen(props: { initialQuery?: string }): ReactNode {
  const { t, tn, formatDate } = useI18n();
  const { version } = useDataVersion();
  const { navigate } = useNavigation();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const documents = useAsync(() => kluis().listDocuments(), `docs-${version}`);
  const byId = useMemo(
    () => new Map<string, DocumentSummary>((documents.value ?? []).map((d) => [d.id, d])),
    [documents.value],
  );

  async function run(event: FormEvent): Promise<void> {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setResults({ status: 'searching', query: q });
    try {
      const hits = await kluis().search(q);
      setResults({ status: 'done', query: q, hits });
    } catch (err) {
      setResults({ status: 'error', query: q, error: toApiError(err) });
    }
  }

  const terms = results.status === 'done' ? queryTerms(results.query) : [];

  return (
    <div className="screen">
      <header className="screen-header">
        <h1 tabIndex={-1}>{t('search.title')}</h1>
        <p className="screen-intro">{t('search.intro')}</p>
      </header>
      <form className="search-form" role="search" onSubmit={(event) => void run(event)}>
        <label htmlFor="search-query" className="sr-only">
          {t('search.label')}
        </label>
        <input
          id="search-query"
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
        <button type="submit" className="button button-primary">
          {t('search.submit')}
        </button>
      </form>

      {results.status === 'idle' ? (
        <p className="muted">{t('search.hint')}</p>
      ) : results.status === 'searching' ? (
        <Loading label={t('search.searching')} />
      ) : results.status === 'error' ? (
        <ErrorNotice error={results.error} />
      ) : results.hits.length === 0 ? (
        <EmptyState title={t('search.none', { query: results.query })}>
          <p>{t('search.noneNext')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted" role="status">
            {tn('search.count', results.hits.length)}
          </p>
          <ol className="search-results" data-testid="search-results">
            {results.hits.map((hit, index) => {
              const doc = byId.get(hit.id);
              return (
                <li key={`${hit.id}-${hit.page}-${index}`}>
                  <button
                    type="button"
                    className="search-hit"
                    onClick={() =>
                      navigate({
                        screen: 'documents',
                        documentId: hit.id,
                        page: hit.page,
                        highlight: results.query,
                      })
                    }
                  >
                    <span className="search-hit-title">
                      {doc ? doc.title || doc.fileName : t('search.document')}
                    </span>
                    <span className="muted small">
                      {doc ? `${formatDate(doc.date)} · ` : ''}
                      {t('search.page', { page: hit.page })}
                    </span>
                    <span className="search-snippet">
                      <Snippet snippet={hit.snippet} terms={terms} />
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
