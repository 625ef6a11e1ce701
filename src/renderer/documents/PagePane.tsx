import { useMemo, useState, type ReactNode } from 'react';
import type { DocumentDetail, PageWords } from '../../shared/api';
import { kluis, useAsync } from '../app/api';
import { Field } from '../components/Field';
import { Highlighted, queryTerms } from '../components/Highlighted';
import { useI18n } from '../i18n';

// Under this OCR confidence the parent is told to check important sentences on the image.
const SHAKY_OCR = 0.6;

const normaliseWord = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function PagePane(props: {
  doc: DocumentDetail;
  initialPage: number;
  highlight?: string;
}): ReactNode {
  const { t, formatNumber } = useI18n();
  const { doc } = props;
  const pageCount = Math.max(doc.pages.length, 1);
  const [pageNumber, setPageNumber] = useState(Math.min(Math.max(1, props.initialPage), pageCount));
  const [query, setQuery] = useState(props.highlight ?? '');
  // Letters are hard to read at half width; "larger" gives the image the whole pane.
  const [large, setLarge] = useState(false);
  const terms = useMemo(() => queryTerms(query), [query]);
  const page = doc.pages.find((p) => p.n === pageNumber) ?? doc.pages[pageNumber - 1];

  const pagesWithHits = useMemo(
    () =>
      terms.length === 0
        ? []
        : doc.pages
            .filter((p) => terms.some((term) => p.text.toLowerCase().includes(term)))
            .map((p) => p.n),
    [doc.pages, terms],
  );

  return (
    <section className="page-pane" aria-label={t('viewer.pageRegion')}>
      <div className="page-toolbar">
        <div className="pager" role="group" aria-label={t('viewer.pager')}>
          <button
            type="button"
            className="button"
            disabled={pageNumber <= 1}
            onClick={() => setPageNumber((n) => n - 1)}
          >
            {t('viewer.previous')}
          </button>
          <span aria-live="polite" data-testid="page-indicator">
            {t('viewer.pageOf', { n: pageNumber, count: pageCount })}
          </span>
          <button
            type="button"
            className="button"
            disabled={pageNumber >= pageCount}
            onClick={() => setPageNumber((n) => n + 1)}
          >
            {t('viewer.next')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={large}
            onClick={() => setLarge((v) => !v)}
          >
            {large ? t('viewer.smaller') : t('viewer.larger')}
          </button>
        </div>
        <Field label={t('viewer.findInDocument')} className="field-inline">
          {({ id }) => (
            <input id={id} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          )}
        </Field>
      </div>
      {terms.length > 0 ? (
        <p className="muted small" role="status">
          {pagesWithHits.length === 0
            ? t('viewer.noHits')
            : t('viewer.hitsOnPages', { pages: pagesWithHits.join(', ') })}
        </p>
      ) : null}
      <div className={`page-columns ${large ? 'page-columns-large' : ''}`}>
        <PageImage docId={doc.id} page={pageNumber} terms={terms} />
        <div className="page-text" data-testid="page-text">
          <h2 className="page-text-title">{t('viewer.textTitle')}</h2>
          {page ? (
            <>
              <p className="muted small">
                {page.source === 'embedded'
                  ? t('viewer.sourceEmbedded')
                  : page.source === 'mixed'
                    ? t('viewer.sourceMixed')
                    : page.source === 'ocr'
                      ? t('viewer.sourceOcr', {
                          percent: formatNumber(page.confidence, {
                            style: 'percent',
                            maximumFractionDigits: 0,
                          }),
                        })
                      : t('viewer.sourceNone')}
              </p>
              {page.source === 'ocr' && page.confidence < SHAKY_OCR ? (
                <p className="notice notice-warning small">{t('viewer.shakyOcr')}</p>
              ) : null}
              <div className="ocr-text" tabIndex={0} aria-label={t('viewer.textTitle')}>
                <Highlighted text={page.text} terms={terms} />
              </div>
            </>
          ) : (
            <p className="muted">{t('viewer.sourceNone')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function PageImage(props: { docId: string; page: number; terms: string[] }): ReactNode {
  const { t } = useI18n();
  const [broken, setBroken] = useState<number | null>(null);
  const hasTerms = props.terms.length > 0;
  const words = useAsync<PageWords | null>(
    () => (hasTerms ? kluis().pageWords(props.docId, props.page) : Promise.resolve(null)),
    `${props.docId}-${props.page}-${hasTerms}`,
  );
  const boxes = useMemo(() => {
    if (!words.value || !hasTerms) return [];
    return words.value.words.filter((word) => {
      const text = normaliseWord(word.text);
      return text.length > 0 && props.terms.some((term) => text.includes(term));
    });
  }, [words.value, props.terms, hasTerms]);

  if (broken === props.page) {
    return (
      <div className="page-image page-image-missing">
        <p>{t('viewer.noImage')}</p>
      </div>
    );
  }
  return (
    <figure className="page-image">
      <img
        key={props.page}
        src={kluis().pageImageUrl(props.docId, props.page)}
        alt={t('viewer.imageAlt', { n: props.page })}
        onError={() => setBroken(props.page)}
        draggable={false}
      />
      {words.value && boxes.length > 0 ? (
        // An SVG in the page's own coordinates: the boxes scale with the image and need no
        // inline styles (the CSP forbids them).
        <svg
          className="page-highlights"
          viewBox={`0 0 ${words.value.width} ${words.value.height}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          {boxes.map((box, index) => (
            <rect
              key={index}
              x={box.x0}
              y={box.y0}
              width={Math.max(1, box.x1 - box.x0)}
              height={Math.max(1, box.y1 - box.y0)}
            />
          ))}
        </svg>
      ) : null}
    </figure>
  );
}
