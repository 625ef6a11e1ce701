// The one table of deadline rules (DESIGN.md §7). The engine (deadlines.ts) only interprets this
// table; a new or corrected rule is a change here, with its legal basis next to it.
import type { DocumentType, OrganisationKind } from '../../shared/domain';
import type { TermLength } from './termijnen';

export type DeadlineRuleId =
  | 'aanwijzing-vervallenverklaring'
  | 'bezwaar'
  | 'hoger-beroep'
  | 'ots-verlenging'
  | 'ots-einde'
  | 'zitting'
  | 'avg-antwoord'
  | 'afspraak'
  | 'stated';

/**
 * When a rule applies.
 * - 'document': the document itself starts a statutory term (by its type, and sender kind when
 *   known — an unknown sender still triggers, because a missed term is worse than an extra one).
 * - 'stated': a date the letter states is of this kind, recognised by the words of the stated
 *   item (`what`, not `whatExcludes`), and only when `context` (when given) also matches.
 */
export type RuleTrigger =
  | {
      kind: 'document';
      types: readonly DocumentType[];
      senderKinds: readonly OrganisationKind[];
    }
  | {
      kind: 'stated';
      what: RegExp;
      whatExcludes?: RegExp;
      /** Must also match the item's words plus, for a court decision, the decision text. */
      context?: RegExp;
      /** A stated date and time in a document of these types is of this kind as well. */
      timedInTypes?: readonly DocumentType[];
    }
  | {
      /** Never found in a document: made by the parent's own letter or gesprek (issue #9). */
      kind: 'manual';
      source: 'letter' | 'gesprek';
    };

export interface DeadlineRule {
  id: DeadlineRuleId;
  /** Short Dutch label for lists and filters. */
  label: string;
  trigger: RuleTrigger;
  /** Length of a statutory term; null when the date is stated, not computed. */
  term: TermLength | null;
  /** 'day-after': the term starts the day after the letter's date; 'stated': the letter gives the date. */
  from: 'day-after' | 'stated';
  /** Legal basis as shown to the parent. */
  basis: string;
  /** Whether art. 1 Algemene termijnenwet extends the term past weekends and feestdagen. */
  atw: boolean;
  /** Dutch description of what the parent can or must do, or what happens, by this date. */
  what: string;
  /** Extra Dutch explanation shown in the deadline's note. */
  explain: string;
  /**
   * Words by which a date the letter states is recognised as this same statutory term, so that
   * it is shown once (with its basis) instead of twice.
   */
  statedKeywords: readonly RegExp[];
}

export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'aanwijzing-vervallenverklaring',
    label: 'Vervallenverklaring schriftelijke aanwijzing',
    trigger: {
      kind: 'document',
      types: ['written-instruction'],
      senderKinds: ['certified-institution'],
    },
    term: { weeks: 2 },
    from: 'day-after',
    // Lid 3: "De termijn … bedraagt twee weken en vangt aan met ingang van de dag na die waarop
    // de beslissing is verzonden of uitgereikt."
    basis: 'art. 1:264 lid 3 BW',
    atw: true,
    what: 'Verzoek aan de kinderrechter om de schriftelijke aanwijzing (geheel of gedeeltelijk) vervallen te verklaren',
    explain:
      'Twee weken, gerekend vanaf de dag na verzending of uitreiking van de aanwijzing; Dossierkluis rekent vanaf de datum op de brief. Hiervoor is geen advocaat nodig.',
    statedKeywords: [/vervallen/i],
  },
  {
    id: 'bezwaar',
    label: 'Bezwaar tegen besluit gemeente',
    trigger: { kind: 'document', types: ['municipal-decision'], senderKinds: ['municipality'] },
    term: { weeks: 6 },
    from: 'day-after',
    // 6:7: "De termijn voor het indienen van een bezwaar- of beroepschrift bedraagt zes weken."
    // 6:8 lid 1: the term starts the day after the besluit was bekendgemaakt (sent).
    basis: 'art. 6:7 en 6:8 Awb',
    atw: true,
    what: 'Bezwaarschrift indienen tegen het besluit van de gemeente',
    explain:
      'Zes weken, gerekend vanaf de dag na bekendmaking (verzending) van het besluit; Dossierkluis rekent vanaf de datum op de brief.',
    statedKeywords: [/bezwaar/i],
  },
  {
    id: 'hoger-beroep',
    label: 'Hoger beroep tegen beschikking',
    trigger: { kind: 'document', types: ['court-decision'], senderKinds: ['court'] },
    term: { months: 3 },
    from: 'day-after',
    // Lid 2: for the verzoeker and belanghebbenden who appeared, "binnen drie maanden, te rekenen
    // van de dag van de uitspraak". Others: three months after betekening or bekendwording.
    basis: 'art. 358 lid 2 Rv',
    atw: true,
    what: 'Hoger beroep instellen bij het gerechtshof (via een advocaat)',
    explain:
      'Drie maanden, gerekend vanaf de dag na de uitspraak, voor wie in de procedure is verschenen; Dossierkluis rekent vanaf de datum van de beschikking. Was u niet in de procedure verschenen, dan telt de termijn vanaf het moment dat de beschikking u is betekend of bekend is geworden.',
    statedKeywords: [/hoger beroep/i, /\bappel\b/i],
  },
  {
    id: 'ots-verlenging',
    label: 'Einde verlengde ondertoezichtstelling',
    trigger: {
      kind: 'stated',
      what: /(einde|eindigt|afloop|loopt af|geldig tot|tot en met).*(ondertoezichtstelling|\bots\b)|(ondertoezichtstelling|\bots\b).*(einde|eindigt|afloop|loopt af)/i,
      // The item itself, or the court's decision, speaks of an extension ("verlengt de
      // ondertoezichtstelling"); "geen verlenging" is the end of an OTS that is not extended.
      context:
        /verleng(d|de|t|ing)\b[^.]{0,40}ondertoezichtstelling|ondertoezichtstelling[^.]{0,20}verleng|verlengde (ondertoezichtstelling|ots)/i,
      whatExcludes: /geen verlenging|niet (meer )?(wordt |worden )?verlengd|zonder verlenging/i,
    },
    term: null,
    from: 'stated',
    basis: 'art. 1:260 lid 1 BW',
    atw: false,
    what: 'Einde verlengde ondertoezichtstelling',
    explain:
      'De ondertoezichtstelling eindigt op deze datum, tenzij de kinderrechter haar opnieuw verlengt; een verlenging is telkens ten hoogste een jaar.',
    statedKeywords: [],
  },
  {
    id: 'ots-einde',
    label: 'Einde ondertoezichtstelling',
    trigger: {
      kind: 'stated',
      what: /(einde|eindigt|afloop|loopt af|geldig tot|tot en met).*(ondertoezichtstelling|\bots\b)|(ondertoezichtstelling|\bots\b).*(einde|eindigt|afloop|loopt af)/i,
    },
    term: null,
    from: 'stated',
    // 1:255 lid 4: the beschikking states the duration; 1:258: at most a year, unless extended
    // under 1:260 (each time by at most a year).
    basis: 'art. 1:255 lid 4, 1:258 en 1:260 BW',
    atw: false,
    what: 'Einde ondertoezichtstelling',
    explain:
      'De ondertoezichtstelling eindigt op deze datum, tenzij de kinderrechter haar verlengt; een verlenging is telkens ten hoogste een jaar (art. 1:260 lid 1 BW).',
    statedKeywords: [],
  },
  {
    id: 'zitting',
    label: 'Zitting',
    trigger: {
      kind: 'stated',
      what: /\b(zitting|terechtzitting|mondelinge behandeling|hoorzitting)\b/i,
      whatExcludes: /\b(voor|vóór|na) de zitting\b/i,
      timedInTypes: ['summons'],
    },
    term: null,
    from: 'stated',
    basis: 'Oproeping: datum en tijd staan in de brief',
    atw: false,
    what: 'Zitting',
    explain:
      'Datum en tijd komen uit de oproeping. Kunt u niet komen, neem dan direct contact op met de griffie.',
    statedKeywords: [],
  },
  {
    id: 'avg-antwoord',
    label: 'Antwoord op uw AVG-verzoek',
    trigger: { kind: 'manual', source: 'letter' },
    term: { months: 1 },
    from: 'day-after',
    // Art. 12 lid 3 AVG: "onverwijld en in ieder geval binnen een maand na ontvangst van het
    // verzoek" (inzage art. 15, correctie art. 16). An EU term, so not the Atw; Dossierkluis
    // counts from the date of the parent's letter, the earliest the month can end.
    basis: 'art. 12 lid 3 AVG',
    atw: false,
    what: 'Antwoord op uw verzoek om inzage of correctie',
    explain:
      'Eén maand na ontvangst van uw verzoek; Dossierkluis rekent vanaf de datum van uw brief. De organisatie mag de termijn met twee maanden verlengen als zij u dat binnen de eerste maand laat weten.',
    statedKeywords: [],
  },
  {
    id: 'afspraak',
    label: 'Afspraak uit een gesprek',
    trigger: { kind: 'manual', source: 'gesprek' },
    term: null,
    from: 'stated',
    // Not a statutory term: the date the parties agreed. The shown basis names the gesprek.
    basis: 'afspraak in gesprek',
    atw: false,
    what: 'Afspraak uit een gesprek',
    explain:
      'Een afspraak uit een gesprek, geen wettelijke termijn. Is het gedaan, markeer het dan als afgehandeld.',
    statedKeywords: [],
  },
  {
    id: 'stated',
    label: 'Datum uit de brief',
    trigger: { kind: 'stated', what: /[\s\S]*/ },
    term: null,
    from: 'stated',
    basis: 'Genoemd in de brief',
    atw: false,
    what: 'Datum uit de brief',
    explain: '',
    statedKeywords: [],
  },
];

export function ruleById(id: DeadlineRuleId): DeadlineRule {
  const rule = DEADLINE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown deadline rule: ${id}`);
  return rule;
}
