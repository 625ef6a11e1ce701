// A short Dutch description for the document list and the productielijst: the letter's own
// subject line when it has one, otherwise the report's heading or a description by type.
import type { DocumentType } from '../../shared/domain';
import { capitalise, collapseSpaces, prepareText, splitPages } from './normalise';

const TYPE_LABEL: Record<DocumentType, string> = {
  'court-decision': 'Beschikking kinderrechter',
  'council-report': 'Raadsrapport',
  letter: 'Brief',
  'meeting-report': 'Gespreksverslag',
  'care-plan': 'Plan van aanpak',
  'written-instruction': 'Schriftelijke aanwijzing',
  'municipal-decision': 'Besluit gemeente',
  summons: 'Oproeping zitting',
  'assessment-report': 'Onderzoeksverslag',
  complaint: 'Klacht',
  email: 'E-mail',
  petition: 'Verzoekschrift',
  other: 'Document',
};

// Types whose own heading ("Raadsrapport", "Plan van aanpak") says more than a subject line,
// which in reports often just names the children.
const HEADING_TYPES = new Set<DocumentType>([
  'council-report',
  'assessment-report',
  'care-plan',
  'meeting-report',
]);

const HEADING_WORDS =
  /\b(?:rapport|raadsrapport|verslag|onderzoeksverslag|plan\s+van\s+aanpak|gezinsplan|perspectiefplan|zorgplan|behandelplan|notulen|gespreksverslag)\b/i;

const COURT_TOPICS: Array<[RegExp, string]> = [
  [
    /verleng\w*\s+(?:van\s+de\s+)?ondertoezichtstelling|ondertoezichtstelling\s+\w*\s*verleng/i,
    'verlenging ondertoezichtstelling',
  ],
  [
    /verleng\w*\s+(?:van\s+de\s+)?machtiging\s+(?:tot\s+)?uithuisplaatsing/i,
    'verlenging machtiging uithuisplaatsing',
  ],
  [/machtiging\s+(?:tot\s+)?(?:uithuisplaatsing|verblijf)/i, 'machtiging uithuisplaatsing'],
  [/gezagsbeëindig|beëindiging\s+van\s+het\s+(?:ouderlijk\s+)?gezag/i, 'gezagsbeëindiging'],
  [/ondertoezichtstelling|onder\s+toezicht/i, 'ondertoezichtstelling'],
  [/vervallen\w*\s+verkla|vervallenverklaring/i, 'vervallenverklaring aanwijzing'],
  [/omgangsregeling|\bomgang\b/i, 'omgang'],
  [/\bvoogdij\b/i, 'voogdij'],
];

export function suggestTitle(text: string, type: DocumentType): string {
  const first = (splitPages(prepareText(text))[0] ?? '').split('\n');
  const top = first.slice(0, 40);

  if (type === 'court-decision') {
    const head = top.join('\n');
    for (const [re, topic] of COURT_TOPICS) if (re.test(head)) return `Beschikking ${topic}`;
    return TYPE_LABEL[type];
  }
  if (HEADING_TYPES.has(type)) {
    const heading = top
      .map((l) => l.trim())
      .find((l) => l.length <= 60 && HEADING_WORDS.test(l) && !/[.:]\s*$/.test(l));
    if (heading) return capitalise(heading);
  }
  const subject = top
    .map((l) => /^\s*(?:betreft|onderwerp|inzake|subject|titel)\b\s*:?\s*(.+)$/i.exec(l)?.[1])
    .find((v): v is string => !!v && v.trim().length > 2);
  if (subject) {
    const clean = collapseSpaces(
      subject
        .replace(/^(?:(?:re|fw|fwd|antw|doorst)\s*:\s*)+/i, '')
        // A kenmerk tacked onto the subject is shown as a reference already.
        .replace(
          /\s*[/|-]\s*(?:ons\s+|uw\s+)?(?:kenmerk|dossiernummer|zaaknummer|referentie)\b.*$/i,
          '',
        ),
    );
    return capitalise(
      clean.length > 100 ? clean.slice(0, 100).replace(/\s+\S*$/, '') + '…' : clean,
    );
  }
  return TYPE_LABEL[type];
}
