import type { ReactNode } from 'react';

/** Words of a search query, lower-cased, without very short noise words. */
export function queryTerms(query: string | undefined): string[] {
  if (!query) return [];
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term.length >= 2),
    ),
  ];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Renders text with every occurrence of the terms wrapped in <mark>. */
export function Highlighted(props: { text: string; terms: string[] }): ReactNode {
  if (props.terms.length === 0) return props.text;
  const pattern = new RegExp(`(${props.terms.map(escapeRegExp).join('|')})`, 'giu');
  const parts = props.text.split(pattern);
  return parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part));
}
