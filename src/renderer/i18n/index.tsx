import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/api';
import type { IsoDate } from '../../shared/domain';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey } from './nl';
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

const CATALOGS: Record<Language, Record<MessageKey, string>> = { nl, en };
const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const template = CATALOGS[language][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Splits `yyyy-mm-dd` without going through UTC (new Date('2023-03-14') shifts a day). */
export function parseIsoDate(iso: IsoDate): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function localDate(iso: IsoDate): Date | null {
  const parts = parseIsoDate(iso);
  return parts ? new Date(parts.year, parts.month - 1, parts.day) : null;
}

/** Today in the local calendar as `yyyy-mm-dd`. */
export function todayIso(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** Like t, with `{count}` filled in; uses the `<key>.one` text when count is 1. */
  tn(key: MessageKey, count: number, vars?: Vars): string;
  /** "14 maart 2023" */
  formatDate(iso: IsoDate | null | undefined): string;
  /** "maart 2023" */
  formatMonth(year: number, month: number): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider(props: {
  language: Language;
  onLanguageChange(language: Language): void;
  children: ReactNode;
}): ReactNode {
  const { language, onLanguageChange } = props;
  const t = useCallback<Translate>((key, vars) => translate(language, key, vars), [language]);
  const value = useMemo<I18n>(() => {
    const locale = LOCALES[language];
    const dateFormat = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' });
    return {
      language,
      setLanguage: onLanguageChange,
      t,
      tn(key, count, vars) {
        const one = `${key}.one`;
        const chosen = count === 1 && one in CATALOGS[language] ? (one as MessageKey) : key;
        return translate(language, chosen, { ...vars, count });
      },
      formatDate(iso) {
        if (!iso) return translate(language, 'common.noDate');
        const date = localDate(iso);
        return date ? dateFormat.format(date) : iso;
      },
      formatMonth(year, month) {
        return monthFormat.format(new Date(year, month - 1, 1));
      },
      formatNumber(value, options) {
        return new Intl.NumberFormat(locale, options).format(value);
      },
    };
  }, [language, onLanguageChange, t]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
