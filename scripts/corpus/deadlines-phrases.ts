// The many Dutch ways a letter sets a date or a term. Each phrase records its truth deadline;
// dev and holdout use different phrasings. Relative terms get their date computed with our own
// calendar (calendar.ts), statutory ones with the Algemene termijnenwet.
import {
  atw,
  formatDate,
  isWorkingDay,
  plusDays,
  plusMonths,
  spansUncertainDay,
  workingDaysAfter,
  workingDaysBefore,
  type DateStyle,
} from './calendar';
import type { DocBuilder } from './doc';

const NUMBER_WORDS = [
  '',
  'een',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
];

/** A stated date: "uiterlijk vrijdag 12 maart", "vóór 1 april 2022", "niet later dan 03-04-2023". */
export function statedDate(doc: DocBuilder, what: string, due: string, time?: string): string {
  const rng = doc.rng;
  const dev = doc.ctx.variant === 'dev';
  const style: DateStyle = rng.pick(
    dev
      ? (['weekday-noyear', 'long', 'dmy-dash', 'weekday-long', 'long-noyear'] as const)
      : (['weekday-long', 'long', 'dmy-dash-loose', 'short', 'dmy-slash'] as const),
  );
  const d = formatDate(due, style);
  const t = time
    ? ` ${rng.pick(dev ? [`om ${time.replace(':', '.')} uur`] : [`om ${time} uur`, `om ${time}`])}`
    : '';
  const lead = rng.pick(
    dev
      ? ['uiterlijk', 'vóór', 'uiterlijk op', 'voor', 'graag vóór']
      : ['niet later dan', 'ten laatste op', 'op of voor', 'uiterlijk', 'tot en met'],
  );
  doc.deadline(time ? { what, date: due, time } : { what, date: due });
  return `${lead} ${d}${t}`;
}

/** An appointment: "op dinsdag 27 juli 2021 om 09.45 uur". */
export function appointment(doc: DocBuilder, what: string, due: string, time: string): string {
  const dev = doc.ctx.variant === 'dev';
  const d = formatDate(
    due,
    doc.rng.pick(
      dev ? (['weekday-long', 'weekday-noyear'] as const) : (['weekday-long', 'long'] as const),
    ),
  );
  doc.deadline({ what, date: due, time });
  return `op ${d} om ${dev ? time.replace(':', '.') : time} uur`;
}

export interface RelativeTerm {
  phrase: string;
  due: string;
}

/** A term counted from the letter's date: "binnen tien werkdagen na dagtekening". */
export function relativeTerm(doc: DocBuilder, what: string): string {
  const rng = doc.rng;
  const letter = doc.ctx.date;
  const dev = doc.ctx.variant === 'dev';
  const options: (() => RelativeTerm)[] = dev
    ? [
        () => {
          const n = rng.pick([5, 10]);
          return {
            phrase: `binnen ${NUMBER_WORDS[n]} werkdagen na dagtekening van deze brief`,
            due: workingDaysAfter(letter, n),
          };
        },
        () => ({
          phrase: 'binnen twee weken na de datum van deze brief',
          due: plusDays(letter, 14),
        }),
        () => ({ phrase: 'binnen veertien dagen na dagtekening', due: plusDays(letter, 14) }),
      ]
    : [
        () => {
          const n = rng.pick([3, 8]);
          return {
            phrase: `binnen ${n} werkdagen na de dagtekening`,
            due: workingDaysAfter(letter, n),
          };
        },
        () => ({ phrase: 'binnen 21 dagen na de datum van deze brief', due: plusDays(letter, 21) }),
        () => ({
          phrase: 'binnen drie weken na dagtekening van dit schrijven',
          due: plusDays(letter, 21),
        }),
      ];
  const term = rng.pick(options)();
  doc.deadline({ what, date: term.due, rule: term.phrase, dateComputed: true });
  return term.phrase;
}

/** True when a relative term from this letter date would land on a day the truth cannot be sure of. */
export function relativeTermSafe(letter: string): boolean {
  for (const due of [plusDays(letter, 14), plusDays(letter, 21)])
    if (!isWorkingDay(due)) return false;
  return !spansUncertainDay(letter, plusDays(letter, 25));
}

/** A term without a date the truth can fix ("in week 14", "vóór de zomervakantie"). */
export function vagueTerm(doc: DocBuilder, what: string, week: number): string {
  const dev = doc.ctx.variant === 'dev';
  const phrase = doc.rng.pick(
    dev
      ? [`in week ${week}`, 'vóór de zomervakantie', 'na de herfstvakantie', 'zo spoedig mogelijk']
      : [
          `rond week ${week}`,
          'voor de kerstvakantie',
          'in de loop van het voorjaar',
          'op korte termijn',
        ],
  );
  doc.deadline({ what, rule: phrase });
  return phrase;
}

// ---- statutory terms ----

export function bezwaarTerm(doc: DocBuilder): string {
  const dev = doc.ctx.variant === 'dev';
  const phrase = doc.rng.pick(
    dev
      ? [
          'binnen zes weken na de datum van verzending van dit besluit',
          'binnen zes weken na de dag waarop dit besluit is verzonden',
          'binnen 6 weken na dagtekening van deze beschikking',
        ]
      : [
          'binnen zes weken na bekendmaking van dit besluit',
          'binnen een termijn van zes weken, gerekend vanaf de dag na verzending van deze brief',
        ],
  );
  doc.deadline({
    what: 'bezwaarschrift indienen',
    rule: phrase,
    date: atw(plusDays(doc.ctx.date, 42)),
    dateComputed: true,
  });
  return phrase;
}

export function hogerBeroepTerm(doc: DocBuilder, hof: string): string {
  const dev = doc.ctx.variant === 'dev';
  const phrase = doc.rng.pick(
    dev
      ? [
          'binnen drie maanden na de dag van deze uitspraak',
          'binnen drie maanden, te rekenen vanaf de dag van de uitspraak',
        ]
      : [
          'binnen drie maanden na de datum van deze beschikking',
          'binnen een termijn van drie maanden na de uitspraak',
        ],
  );
  doc.deadline({
    what: `hoger beroep bij het gerechtshof ${hof}`,
    rule: phrase,
    date: atw(plusMonths(doc.ctx.date, 3)),
    dateComputed: true,
  });
  return phrase;
}

export function aanwijzingTerm(doc: DocBuilder): string {
  const dev = doc.ctx.variant === 'dev';
  const phrase = doc.rng.pick(
    dev
      ? [
          'binnen twee weken na de dag van verzending van deze brief',
          'binnen twee weken, gerekend vanaf de dag na verzending of uitreiking',
        ]
      : [
          'binnen 14 dagen na de dag waarop deze aanwijzing is verzonden',
          'binnen twee weken na verzending of uitreiking van deze beslissing',
        ],
  );
  doc.deadline({
    what: 'verzoek vervallenverklaring schriftelijke aanwijzing (art. 1:264 BW)',
    rule: phrase,
    date: atw(plusDays(doc.ctx.date, 14)),
    dateComputed: true,
  });
  return phrase;
}

/** "uiterlijk vijf werkdagen voor de zitting", with or without the date written out. */
export function beforeZitting(doc: DocBuilder, zitting: string, spell: boolean): string {
  const n = doc.ctx.variant === 'dev' ? 5 : 3;
  const due = workingDaysBefore(zitting, n);
  const phrase = `uiterlijk ${NUMBER_WORDS[n]} werkdagen voor de zitting`;
  doc.deadline({
    what: 'nadere stukken indienen',
    rule: phrase,
    date: due,
    ...(spell ? {} : { dateComputed: true }),
  });
  return spell ? `${phrase}, dus uiterlijk ${formatDate(due, 'weekday-long')}` : phrase;
}

/** Statutory term dates never rest on a Royal-decree day (Goede Vrijdag, the Friday after Hemelvaart). */
export function statutorySafe(letter: string): boolean {
  return (
    !spansUncertainDay(plusDays(letter, 10), atw(plusDays(letter, 14))) &&
    !spansUncertainDay(plusDays(letter, 38), atw(plusDays(letter, 42))) &&
    !spansUncertainDay(plusMonths(letter, 3), atw(plusMonths(letter, 3))) &&
    !spansUncertainDay(letter, workingDaysAfter(letter, 10))
  );
}
