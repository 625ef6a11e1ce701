// The five bundle purposes of DESIGN.md §8: who reads the bundle decides what goes in by default
// and what the cover says. The parent can always add or remove documents in the wizard.
import type { BundlePurpose } from '../../shared/api';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/domain';

export interface PurposeInfo {
  purpose: BundlePurpose;
  /** Short Dutch name, used in the wizard and in file names. */
  label: string;
  /** Second line of the cover: "ten behoeve van …". */
  coverTitle: string;
  /** One paragraph on the cover that says what the bundle is for. */
  coverText: string;
  /** Document types selected by default. */
  defaultTypes: readonly DocumentType[];
}

// Reports and decisions an expert weighs; the parent's own correspondence is left to choose.
const EXPERT_TYPES: readonly DocumentType[] = [
  'court-decision',
  'council-report',
  'assessment-report',
  'care-plan',
  'written-instruction',
  'meeting-report',
  'petition',
  'summons',
];

export const PURPOSES: Readonly<Record<BundlePurpose, PurposeInfo>> = {
  'contra-expertise': {
    purpose: 'contra-expertise',
    label: 'Contra-expertise',
    coverTitle: 'ten behoeve van een contra-expertise (art. 810a Rv)',
    coverText:
      'Deze bundel is samengesteld voor een contra-expertise: een nieuw onderzoek door een ' +
      'onafhankelijke deskundige naar aanleiding van een onderzoek of rapport van de Raad voor ' +
      'de Kinderbescherming of de gecertificeerde instelling. In zaken over ondertoezichtstelling ' +
      'en gezag kan de rechter op verzoek van een ouder een deskundige benoemen ' +
      '(art. 810a lid 2 Wetboek van Burgerlijke Rechtsvordering). De stukken zijn chronologisch ' +
      'geordend.',
    defaultTypes: EXPERT_TYPES,
  },
  'second-opinion': {
    purpose: 'second-opinion',
    label: 'Second opinion',
    coverTitle: 'ten behoeve van een second opinion',
    coverText:
      'Deze bundel is samengesteld voor een second opinion: een deskundige kijkt opnieuw naar ' +
      'een onderzoek en de resultaten daarvan, om te bezien of die tot dezelfde of een andere ' +
      'conclusie leiden. De stukken zijn chronologisch geordend.',
    defaultTypes: EXPERT_TYPES,
  },
  court: {
    purpose: 'court',
    label: 'Rechtbank',
    coverTitle: 'ten behoeve van de rechtbank',
    coverText:
      'Deze bundel bevat de producties bij een verzoek of verweer aan de rechtbank. Elke ' +
      'productie is genummerd; de paginanummers lopen door de hele bundel, zodat naar ' +
      '"productie 4, pagina 12" verwezen kan worden.',
    defaultTypes: [
      'court-decision',
      'council-report',
      'assessment-report',
      'care-plan',
      'written-instruction',
      'meeting-report',
      'municipal-decision',
      'summons',
      'petition',
      'letter',
      'email',
    ],
  },
  advocaat: {
    purpose: 'advocaat',
    label: 'Advocaat',
    coverTitle: 'ten behoeve van de advocaat',
    coverText:
      'Deze bundel bevat het dossier zoals de ouder het heeft ontvangen en bewaard, ' +
      'chronologisch geordend, zodat de advocaat alle stukken in één keer en op volgorde heeft.',
    defaultTypes: DOCUMENT_TYPES,
  },
  klacht: {
    purpose: 'klacht',
    label: 'Klacht',
    coverTitle: 'ten behoeve van een klacht',
    coverText:
      'Deze bundel hoort bij een klacht (bij de klachtencommissie, de klachtenfunctionaris of ' +
      'een vertrouwenspersoon). De stukken laten zien wat er is afgesproken, besloten en ' +
      'geschreven, chronologisch geordend.',
    defaultTypes: [
      'meeting-report',
      'care-plan',
      'written-instruction',
      'letter',
      'email',
      'complaint',
      'municipal-decision',
      'council-report',
      'assessment-report',
    ],
  },
};

export function purposeInfo(purpose: BundlePurpose): PurposeInfo {
  const info = PURPOSES[purpose];
  if (!info) throw new RangeError(`unknown bundle purpose: ${String(purpose)}`);
  return info;
}

/** Dutch label per document type for the productielijst ("soort"). */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  'court-decision': 'Beschikking',
  'council-report': 'Raadsrapport',
  letter: 'Brief',
  'meeting-report': 'Gespreksverslag',
  'care-plan': 'Plan van aanpak',
  'written-instruction': 'Schriftelijke aanwijzing',
  'municipal-decision': 'Besluit gemeente',
  summons: 'Oproeping',
  'assessment-report': 'Onderzoeksrapport',
  complaint: 'Klacht',
  email: 'E-mail',
  petition: 'Verzoekschrift',
  other: 'Overig',
};
