// Domain vocabulary shared by core, CLI and renderer. No Node, no DOM, no Electron here.
// Enum values are the identifiers of DESIGN.md §4 and §6 and appear verbatim in CLI JSON.

/** A calendar date in the local calendar, `yyyy-mm-dd`. Never a JS Date (UTC shifts a day). */
export type IsoDate = string;

export const DOCUMENT_TYPES = [
  'court-decision',
  'council-report',
  'letter',
  'meeting-report',
  'care-plan',
  'written-instruction',
  'municipal-decision',
  'summons',
  'assessment-report',
  'complaint',
  'email',
  'petition',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const ORGANISATION_KINDS = [
  'court',
  'child-protection-council',
  'certified-institution',
  'municipality',
  'care-provider',
  'school',
  'veilig-thuis',
  'lawyer',
  'parent',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const DOCUMENT_STATUSES = ['processing', 'needs-review', 'confirmed', 'failed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** 'mixed': a digital page whose pictures of text were OCR'd and merged with its text layer. */
export type TextSource = 'embedded' | 'ocr' | 'mixed' | 'none';

export const EVENT_KINDS = [
  'document',
  'gesprek',
  'zitting',
  'huisbezoek',
  'telefoongesprek',
  'incident',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const LINK_KINDS = ['reactie-op', 'vervangt', 'bijlage-bij'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type DeadlineStatus = 'open' | 'done' | 'expired';

/** A word on a page with its box in page pixel coordinates of the OCR image (or PDF points for embedded text). */
export interface WordBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
  /** On a 'mixed' page: read by OCR from a picture (the others are the PDF's own text). */
  fromOcr?: boolean;
}

/** A suggestion from extraction with how sure the extractor is (0..1). */
export interface Suggestion<T> {
  value: T;
  confidence: number;
}

export interface PersonMention {
  name: string;
  role: string;
}

/** A date or term stated in (or implied by) a letter. */
export interface StatedDeadline {
  what: string;
  date?: IsoDate;
  time?: string;
  /** The phrase in the letter the date comes from ("binnen twee weken na dagtekening"). */
  rule?: string;
  /** The letter's own sentence the deadline was read from, for the parent to check. */
  source?: string;
  /** No exact date ("in week 14", "vóór de zomervakantie"): proposed, the parent must review it. */
  approximate?: boolean;
}
