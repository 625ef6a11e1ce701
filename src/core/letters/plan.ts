// Pure letter planning: which template, who receives it, which references, which deadline it
// meets, what the cites point to in the bundle, who sends it. No I/O; from-vault.ts gathers the
// input and compose.ts writes the text from what this returns.
import type {
  LetterAddressee,
  LetterCite,
  LetterKindInfo,
  LetterPlan,
  SenderProfile,
} from '../../shared/api';
import { LETTER_KINDS } from '../../shared/api';
import type { OrganisationKind } from '../../shared/domain';
import { DOCUMENT_TYPE_LABELS } from '../bundle/purposes';
import { KluisError } from '../errors';
import { findParentAddress } from './recipient';
import { LETTER_TEMPLATES, templateFor } from './registry';
import type {
  Bilingual,
  CaseDocument,
  Lang,
  LetterDue,
  LetterPlanInput,
  LetterTemplate,
} from './types';

const pick = (text: Bilingual, lang: Lang): string => text[lang];

export function letterKindInfo(lang: Lang): LetterKindInfo[] {
  return LETTER_KINDS.map((kind) => {
    const t = LETTER_TEMPLATES[kind];
    return {
      kind,
      label: pick(t.label, lang),
      description: pick(t.description, lang),
      basis: pick(t.basis, lang),
      fits: [...t.fitsTypes],
      fields: t.fields.map((f) => ({
        key: f.key,
        label: pick(f.label, lang),
        help: pick(f.help, lang),
        multiline: f.multiline,
        required: f.required,
      })),
      defaultPurpose: t.defaultPurpose,
    };
  });
}

/** The kinds that can answer this document, in the order of LETTER_KINDS. */
export function fittingKinds(doc: Pick<CaseDocument, 'type' | 'senderKind'>) {
  return LETTER_KINDS.filter((kind) => LETTER_TEMPLATES[kind].fits(doc));
}

/** Refuses a kind that does not fit, saying in one line which kinds do. */
export function assertFits(template: LetterTemplate, doc: CaseDocument): void {
  if (template.fits(doc)) return;
  const fitting = fittingKinds(doc);
  const what = `${DOCUMENT_TYPE_LABELS[doc.type] ?? doc.type}${doc.sender ? ` van ${doc.sender}` : ''}`;
  const whatEn = `${doc.type}${doc.sender ? ` from ${doc.sender}` : ''}`;
  const hint = template.refusal?.(doc);
  const list = (lang: Lang) =>
    fitting
      .map((k) => `${k} (${LETTER_TEMPLATES[k].label[lang].toLocaleLowerCase(lang)})`)
      .join(', ');
  throw new KluisError(
    'BAD_INPUT',
    `${template.label.nl} past niet bij dit document (${what}).${hint ? ` ${hint.nl}` : ''} ` +
      (fitting.length
        ? `Wat wel past: ${list('nl')}. Er is geen brief gemaakt.`
        : 'Geen van de brieven past bij dit document. Er is geen brief gemaakt.'),
    `A ${template.label.en.toLowerCase()} does not fit this document (${whatEn}).${hint ? ` ${hint.en}` : ''} ` +
      (fitting.length
        ? `What fits: ${list('en')}. No letter was made.`
        : 'None of the letters fits this document. No letter was made.'),
  );
}

function byNewest(a: CaseDocument, b: CaseDocument): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}

const sameOrg = (a: string | null, b: string) =>
  a !== null && a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * The organisation: the answered (or related) document's sender when it is of a kind that
 * receives this letter, else the most recent such sender in the case. The person: someone with
 * the first fitting role named in that document, else in the organisation's latest documents.
 */
export function chooseAddressee(
  template: LetterTemplate,
  source: CaseDocument,
  all: readonly CaseDocument[],
  lang: Lang,
): LetterAddressee {
  const rule = template.addressee;
  let organisation: string | null = null;
  let kind: OrganisationKind | null = null;
  if (source.sender && (source.senderKind === null || rule.orgKinds.includes(source.senderKind))) {
    organisation = source.sender;
    kind = source.senderKind ?? rule.orgKinds[0]!;
  } else {
    for (const k of rule.orgKinds) {
      const latest = [...all].filter((d) => d.senderKind === k && d.sender).sort(byNewest)[0];
      if (latest) {
        organisation = latest.sender;
        kind = k;
        break;
      }
    }
  }
  const addressee: LetterAddressee = {
    organisation: organisation ?? (lang === 'en' ? '[organisation]' : '[organisatie]'),
    kind: kind ?? rule.orgKinds[0]!,
  };
  if (!organisation) return addressee;
  const fromOrg = [source, ...[...all].filter((d) => d.id !== source.id).sort(byNewest)].filter(
    (d) => sameOrg(d.sender, organisation),
  );
  for (const role of rule.roles) {
    for (const d of fromOrg) {
      const person = d.persons.find((p) => p.role === role);
      if (person) return { ...addressee, name: person.name, role };
    }
  }
  return addressee;
}

export function resolveCites(input: LetterPlanInput, lang: Lang): LetterCite[] {
  const byDoc = new Map(input.producties.map((p) => [p.documentId, p]));
  return input.cites.map((cite) => {
    const placed = byDoc.get(cite.documentId);
    if (!placed) {
      const known = input.caseDocuments.some((d) => d.id === cite.documentId);
      throw known
        ? new KluisError(
            'BAD_INPUT',
            `Document ${cite.documentId} zit niet in de bundel voor "${input.bundlePurpose}", dus er is geen productienummer om naar te verwijzen. Kies een ander bundeldoel (--bundle-purpose advocaat neemt alle stukken) of laat deze verwijzing weg. Er is geen brief gemaakt.`,
            `Document ${cite.documentId} is not in the bundle for "${input.bundlePurpose}", so it has no productie number. Choose another bundle purpose (--bundle-purpose advocaat takes every document) or drop this cite. No letter was made.`,
          )
        : new KluisError(
            'NOT_FOUND',
            `Document ${cite.documentId} bestaat niet in deze kluis. Er is geen brief gemaakt.`,
            `Document ${cite.documentId} does not exist in this vault. No letter was made.`,
          );
    }
    if (cite.page === undefined) {
      return { productie: placed.n, documentId: cite.documentId, text: `productie ${placed.n}` };
    }
    if (!Number.isInteger(cite.page) || cite.page < 1 || cite.page > placed.pageStarts.length) {
      throw new KluisError(
        'BAD_INPUT',
        `Document ${cite.documentId} heeft geen pagina ${cite.page} (het heeft ${placed.pageStarts.length} pagina's). Er is geen brief gemaakt.`,
        `Document ${cite.documentId} has no page ${cite.page} (it has ${placed.pageStarts.length}). No letter was made.`,
      );
    }
    // The bundle page stamped "pagina X van Y": what the chronology of the bundle cites too.
    const page = placed.firstPage + placed.pageStarts[cite.page - 1]!;
    return {
      productie: placed.n,
      documentId: cite.documentId,
      page,
      documentPage: cite.page,
      text: `productie ${placed.n}, p. ${page}`,
    };
  });
  void lang;
}

const PARENT_ROLES = new Set(['moeder', 'vader', 'ouder']);

export function chooseSender(input: LetterPlanInput): {
  sender: SenderProfile;
  source: LetterPlan['senderSource'];
} {
  if (input.profile?.name.trim()) return { sender: input.profile, source: 'profile' };
  const parents = input.doc.persons.filter((p) => PARENT_ROLES.has(p.role)).map((p) => p.name);
  const found = findParentAddress(input.doc.firstPageText, parents);
  if (found) return { sender: found, source: 'document' };
  const en = input.lang === 'en';
  return {
    sender: {
      name: en ? '[your name]' : '[uw naam]',
      address: en ? '[your address]' : '[uw adres]',
    },
    source: 'unknown',
  };
}

export interface PlannedLetter {
  plan: LetterPlan;
  template: LetterTemplate;
  due: LetterDue | null;
}

export function planLetter(input: LetterPlanInput): PlannedLetter {
  const template = templateFor(input.kind);
  if (!template) {
    throw new KluisError(
      'BAD_INPUT',
      `Onbekende soort brief "${input.kind}". Kies uit: ${LETTER_KINDS.join(', ')}.`,
      `Unknown letter kind "${input.kind}". Choose from: ${LETTER_KINDS.join(', ')}.`,
    );
  }
  assertFits(template, input.doc);
  const related = template.relatedDocument?.(input.doc, input.caseDocuments);
  const addressee = chooseAddressee(
    template,
    related ?? input.doc,
    input.caseDocuments,
    input.lang,
  );
  const references = [
    ...new Set([...(related?.references ?? []), ...input.doc.references].filter(Boolean)),
  ];
  const due = template.due?.({ doc: input.doc, today: input.today }) ?? null;
  const { sender, source } = chooseSender(input);
  const basis = (template.basisFor?.(addressee.kind) ?? template.basis)[input.lang];
  const nextStep = template.nextStep?.(addressee.kind)?.[input.lang];
  const missing = template.fields
    .filter((f) => f.required && !(input.facts[f.key] ?? '').trim())
    .map((f) => f.key);
  // A term already passed: the letter must say why it is late (bezwaar: art. 6:11 Awb).
  const late = due !== null && !due.followUp && due.due < input.today;
  if (
    late &&
    template.fields.some((f) => f.key === 'lateReason') &&
    !input.facts.lateReason?.trim()
  )
    missing.push('lateReason');
  const plan: LetterPlan = {
    kind: input.kind,
    documentId: input.doc.id,
    date: input.today,
    subject: '',
    sender,
    senderSource: source,
    addressee,
    references,
    ...(due ? { due: due.due, dueBasis: due.basis } : {}),
    basis,
    cites: resolveCites(input, input.lang),
    bundlePurpose: input.bundlePurpose,
    missing,
    ...(nextStep ? { nextStep } : {}),
  };
  return { plan, template, due };
}
