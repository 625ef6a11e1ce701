// Plain data the pure letter planning works on. The vault adapter (from-vault.ts) fills it;
// unit tests build it by hand.
import type {
  BundlePurpose,
  LetterAddressee,
  LetterCiteRequest,
  LetterKind,
  SenderProfile,
} from '../../shared/api';
import type { DocumentType, IsoDate, OrganisationKind, PersonMention } from '../../shared/domain';

export type Lang = 'nl' | 'en';

/** A text in both languages of the product. */
export interface Bilingual {
  nl: string;
  en: string;
}

/** A document of the case as planning sees it. */
export interface CaseDocument {
  id: string;
  title: string;
  date: IsoDate | null;
  type: DocumentType;
  sender: string | null;
  senderKind: OrganisationKind | null;
  references: string[];
  /** Persons the document names, with their role. */
  persons: PersonMention[];
}

/** The document the letter answers, with the text of its first page (for the address block). */
export interface AnsweredDocument extends CaseDocument {
  firstPageText: string;
}

/** Where a document sits in the bundle the cites resolve against. */
export interface ProductiePlacement {
  n: number;
  documentId: string;
  firstPage: number;
  /** Offset of each document page from `firstPage` (text documents can grow). */
  pageStarts: number[];
}

export interface LetterPlanInput {
  kind: LetterKind;
  doc: AnsweredDocument;
  /** Every document in the vault (for the organisation and person of the addressee). */
  caseDocuments: CaseDocument[];
  profile: SenderProfile | null;
  facts: Record<string, string>;
  cites: LetterCiteRequest[];
  bundlePurpose: BundlePurpose;
  /** The bundle built with `bundlePurpose`; cites must point into it. */
  producties: ProductiePlacement[];
  today: IsoDate;
  lang: Lang;
}

export interface TemplateField {
  key: string;
  label: Bilingual;
  help: Bilingual;
  multiline: boolean;
  required: boolean;
}

/** What a template gets to write its body from. */
export interface ComposeContext {
  lang: Lang;
  /** The letter's own date. */
  today: IsoDate;
  t(nl: string, en: string): string;
  doc: AnsweredDocument;
  addressee: LetterAddressee;
  references: string[];
  /** The fact the parent gave, or a visible "[…]" placeholder naming what is missing. */
  fact(key: string): string;
  has(key: string): boolean;
  date(iso: IsoDate | null): string;
  due?: IsoDate;
  dueBasis?: string;
  /** "het besluit van 2 oktober 2023 (kenmerk SD/JGD/2023/11208)". */
  docPhrase: string;
  nextStep?: string;
}

export interface DueContext {
  doc: AnsweredDocument;
  today: IsoDate;
}

export interface LetterDue {
  due: IsoDate;
  basis: string;
  what: Bilingual;
  /** Stored as a deadline of the saved letter (an answer the parent waits for). */
  followUp: boolean;
  rule: string;
}

export interface AddresseeRule {
  /** Organisation kinds that receive this letter, best first. */
  orgKinds: readonly OrganisationKind[];
  /** Roles of the person to address, best first. */
  roles: readonly string[];
  /** Who within the organisation when no person fits ("de klachtencommissie"). */
  attention?: Bilingual;
  /** Use this organisation name instead of the sender's (court: the court itself). */
  organisationName?: (org: string, kind: OrganisationKind) => string;
}

export interface LetterTemplate {
  kind: LetterKind;
  label: Bilingual;
  description: Bilingual;
  basis: Bilingual;
  /** Document types shown as fitting (info for the UI). */
  fitsTypes: readonly DocumentType[];
  /** Whether this letter can answer the document. */
  fits(doc: Pick<CaseDocument, 'type' | 'senderKind'>): boolean;
  /** Why it does not fit, when there is something specific to say. */
  refusal?(doc: Pick<CaseDocument, 'type' | 'senderKind'>): Bilingual | undefined;
  addressee: AddresseeRule;
  /** Basis by addressee kind when it differs (klacht: Jeugdwet or Awb). */
  basisFor?(kind: OrganisationKind): Bilingual;
  /**
   * A document of the same matter that decides addressee and references instead (contra-
   * expertise on a raadsrapport: the court procedure it was written for).
   */
  relatedDocument?(doc: CaseDocument, all: readonly CaseDocument[]): CaseDocument | undefined;
  fields: readonly TemplateField[];
  defaultPurpose: BundlePurpose;
  due?(ctx: DueContext): LetterDue | null;
  /** The route after this letter (klacht: ombudsman), by addressee kind. */
  nextStep?(kind: OrganisationKind): Bilingual | undefined;
  subject(ctx: ComposeContext): string;
  body(ctx: ComposeContext): string[];
}

export type { LetterAddressee };
