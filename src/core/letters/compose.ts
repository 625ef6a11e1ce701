// The letter's full text from a plan: sender and addressee blocks, date, subject, the template's
// body, the cited producties, what the letter is and where to get help, greeting. Plain text with
// blank lines between blocks; pdf.ts typesets exactly this text.
import type { LetterPlan, SenderProfile } from '../../shared/api';
import { fromIso, MONTH_NAMES } from '../../shared/date-input';
import type { IsoDate } from '../../shared/domain';
import { purposeInfo } from '../bundle/purposes';
import type { PlannedLetter } from './plan';
import type { AnsweredDocument, CaseDocument, ComposeContext, Lang } from './types';

/** "2 oktober 2023" / "2 October 2023". */
export function letterDate(iso: IsoDate | null, lang: Lang): string {
  const day = iso ? fromIso(iso) : null;
  if (!day) return lang === 'en' ? 'undated' : 'zonder datum';
  return `${day.day} ${MONTH_NAMES[lang][day.month - 1]} ${day.year}`;
}

const DOC_NOUN: Record<string, { nl: string; en: string }> = {
  'municipal-decision': { nl: 'het besluit', en: 'the decision' },
  'court-decision': { nl: 'de beschikking', en: 'the decision' },
  'council-report': { nl: 'het rapport', en: 'the report' },
  'assessment-report': { nl: 'het onderzoeksrapport', en: 'the assessment report' },
  'care-plan': { nl: 'het plan van aanpak', en: 'the care plan' },
  'meeting-report': { nl: 'het verslag', en: 'the minutes' },
  'written-instruction': { nl: 'de schriftelijke aanwijzing', en: 'the written instruction' },
  summons: { nl: 'de oproeping', en: 'the summons' },
  email: { nl: 'de e-mail', en: 'the e-mail' },
  petition: { nl: 'het verzoekschrift', en: 'the petition' },
};

/** "het besluit van Gemeente Kampen van 2 oktober 2023 (kenmerk SD/JGD/2023/11208)". */
export function documentPhrase(doc: CaseDocument, lang: Lang): string {
  const noun = DOC_NOUN[doc.type]?.[lang] ?? (lang === 'en' ? 'the letter' : 'de brief');
  const from = doc.sender ? (lang === 'en' ? ` from ${doc.sender}` : ` van ${doc.sender}`) : '';
  const when = doc.date ? (lang === 'en' ? ' of ' : ' van ') + letterDate(doc.date, lang) : '';
  const refLabel =
    doc.senderKind === 'court'
      ? lang === 'en'
        ? 'case number'
        : 'zaaknummer'
      : lang === 'en'
        ? 'reference'
        : 'kenmerk';
  const refs = doc.references.length ? ` (${refLabel} ${doc.references.join(', ')})` : '';
  return `${noun}${from}${when}${refs}`;
}

function senderBlock(sender: SenderProfile): string[] {
  const place = [sender.postcode, sender.city].filter(Boolean).join(' ');
  return [sender.name, sender.address ?? '', place, sender.email ?? '', sender.phone ?? ''].filter(
    (l) => l.trim(),
  );
}

export function composeContext(
  planned: PlannedLetter,
  doc: AnsweredDocument,
  facts: Record<string, string>,
  lang: Lang,
): ComposeContext {
  const { plan, template } = planned;
  const t = (nl: string, en: string) => (lang === 'en' ? en : nl);
  return {
    lang,
    today: plan.date,
    t,
    doc,
    addressee: plan.addressee,
    references: plan.references,
    fact: (key) => {
      const value = (facts[key] ?? '').trim();
      if (value) return value;
      const f = template.fields.find((x) => x.key === key);
      return `[${f ? f.label[lang] : key}]`;
    },
    has: (key) => Boolean((facts[key] ?? '').trim()),
    date: (iso) => letterDate(iso, lang),
    ...(plan.due ? { due: plan.due } : {}),
    ...(plan.dueBasis ? { dueBasis: plan.dueBasis } : {}),
    docPhrase: documentPhrase(doc, lang),
    ...(plan.nextStep ? { nextStep: plan.nextStep } : {}),
  };
}

/** The full text of the letter. Blocks are separated by one blank line. */
export function composeLetter(
  planned: PlannedLetter,
  doc: AnsweredDocument,
  caseDocuments: readonly CaseDocument[],
  facts: Record<string, string>,
  lang: Lang,
): { subject: string; text: string } {
  const { plan, template } = planned;
  const ctx = composeContext(planned, doc, facts, lang);
  const t = ctx.t;
  const subject = template.subject(ctx);
  const blocks: string[] = [];
  blocks.push(senderBlock(plan.sender).join('\n'));

  const to = [plan.addressee.organisation];
  const attention = template.addressee.attention?.[lang];
  if (plan.addressee.name) to.push(`${t('t.a.v.', 'attn.')} ${plan.addressee.name}`);
  else if (attention) to.push(`${t('t.a.v.', 'attn.')} ${attention}`);
  blocks.push(to.join('\n'));

  const place = plan.sender.city ? `${plan.sender.city}, ` : '';
  const head = [`${place}${letterDate(plan.date, lang)}`, `${t('Betreft', 'Subject')}: ${subject}`];
  if (plan.references.length) {
    const label =
      plan.addressee.kind === 'court'
        ? t('Zaaknummer', 'Case number')
        : t('Uw kenmerk', 'Your reference');
    head.push(`${label}: ${plan.references.join(', ')}`);
  }
  blocks.push(head.join('\n'));

  blocks.push(
    plan.addressee.name
      ? t(`Geachte ${plan.addressee.name},`, `Dear ${plan.addressee.name},`)
      : t('Geachte heer, mevrouw,', 'Dear Sir or Madam,'),
  );
  blocks.push(...template.body(ctx));

  if (plan.cites.length) {
    const titleOf = (id: string) => {
      const d = caseDocuments.find((x) => x.id === id);
      return d ? documentPhrase(d, lang) : id;
    };
    const purpose = purposeInfo(plan.bundlePurpose).label;
    blocks.push(
      [
        t(
          `Ter onderbouwing verwijs ik naar de volgende stukken uit de bijgevoegde bundel (${purpose}):`,
          `In support I refer to the following documents in the enclosed bundle (${purpose}):`,
        ),
        ...plan.cites.map((c) => `- ${t('zie', 'see')} ${c.text}: ${titleOf(c.documentId)}`),
      ].join('\n'),
    );
  }

  blocks.push(
    t(
      `Dit is een ${template.label.nl.toLocaleLowerCase('nl')} op grond van ${plan.basis}. Ik heb deze brief opgesteld met hulp van Dossierkluis, op basis van de stukken in mijn dossier; dat is geen juridisch advies. Waar nodig laat ik mij bijstaan door mijn advocaat, een vertrouwenspersoon van het AKJ of een cliëntondersteuner.`,
      `This is a ${template.label.en.toLowerCase()} under ${plan.basis}. I drafted it with the help of Dossierkluis, from the documents in my file; that is not legal advice. Where needed I am assisted by my lawyer, a confidential adviser of the AKJ or a client support worker (cliëntondersteuner).`,
    ),
  );
  blocks.push(`${t('Met vriendelijke groet,', 'Kind regards,')}\n\n${plan.sender.name}`);
  return { subject, text: blocks.join('\n\n') };
}

export function withText(plan: LetterPlan, subject: string): LetterPlan {
  return { ...plan, subject };
}
