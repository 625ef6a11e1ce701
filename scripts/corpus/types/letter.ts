// Plain letters (type "letter") from a Raad, a school, a lawyer, a GI, a gemeente, a huisarts,
// a jeugdhulpaanbieder and Veilig Thuis. The body changes with the sender; the frame with the
// variant's house style.
import type { Person } from '../names';
import type { Case } from '../case';
import { formatDate, plusDays, workingDaysAfter } from '../calendar';
import type { DocBuilder } from '../doc';
import { appointment, relativeTerm, statedDate, vagueTerm } from '../deadlines-phrases';
import type { Org } from '../organisations';
import {
  addressBlock,
  caps,
  ccLine,
  childList,
  childRef,
  footer,
  letterhead,
  metaBlock,
  roleWord,
  salutation,
  signature,
} from '../render';
import { parentOf, type Template, yearOf } from './template';

type Body = (doc: DocBuilder, org: Org) => void;

/** A working-day date some days after the letter, for appointments and stated deadlines. */
function ahead(doc: DocBuilder, min: number, max: number): string {
  return workingDaysAfter(doc.ctx.date, doc.rng.int(min, max));
}
const past = (doc: DocBuilder, min: number, max: number): string =>
  plusDays(doc.ctx.date, -doc.rng.int(min, max));
const time = (doc: DocBuilder): string =>
  doc.rng.pick(['09:00', '09:30', '10:15', '11:00', '13:30', '14:00', '15:45']);

const BODIES: Record<
  string,
  {
    dev: Body[];
    holdout: Body[];
    signer: (doc: DocBuilder) => { p: Person; role: string };
  }
> = {
  gi: {
    signer: (d) => ({ p: d.ctx.kase.pros.jeugdbeschermer, role: 'jeugdbeschermer' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        const jb = k.pros.jeugdbeschermer;
        const when = ahead(doc, 6, 15);
        doc.push(
          `Sinds ${formatDate(past(doc, 60, 200), 'long')} ben ik de ${roleWord(doc, 'jeugdbeschermer')} van ${childList(doc, k.family.children)}. Graag nodig ik u uit voor een gesprek over de voortgang van het plan van aanpak.`,
          '',
          `Het gesprek vindt plaats ${appointment(doc, 'gesprek voortgang plan van aanpak', when, time(doc))} op ons kantoor in ${k.orgs.gi.city}.`,
          `Kunt u niet? Laat het mij dan ${statedDate(doc, 'afmelden of nieuwe afspraak maken', plusDays(when, -2))} weten.`,
        );
        void jb;
      },
      (doc) => {
        const k = doc.ctx.kase;
        const newJb = k.pros.gedragswetenschapper;
        doc.push(
          `Met deze brief laat ik u weten dat de ondertoezichtstelling van ${childRef(doc, k.family.children[0]!, 'full')} vanaf ${formatDate(ahead(doc, 10, 20), 'long')} wordt begeleid door een collega.`,
          `De ${roleWord(doc, 'gedragswetenschapper')} van ons team, ${doc.name(newJb, 'gedragswetenschapper', 'formal')}, blijft bij de zaak betrokken.`,
          `Op ${formatDate(past(doc, 10, 40), 'long')} hebben wij dit al telefonisch met u besproken. U hoeft niets te doen.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        const tl = k.pros.teamleider;
        doc.push(
          `Naar aanleiding van ons telefoongesprek van ${formatDate(past(doc, 3, 12), 'dmy-dash')} bevestig ik de afspraken over de omgang met ${childList(doc, k.family.children, 'full')}.`,
          `De omgang wordt voortaan begeleid. Wij evalueren dit ${vagueTerm(doc, 'evaluatie begeleide omgang', doc.rng.int(10, 40))}.`,
          `Wilt u het ondertekende omgangsformulier ${statedDate(doc, 'omgangsformulier ondertekend terugsturen', ahead(doc, 5, 12))} aan mij terugsturen?`,
          `Mijn ${roleWord(doc, 'teamleider')}, ${doc.name(tl, 'teamleider', 'formal-full')}, heeft deze brief meegelezen.`,
        );
      },
    ],
  },
  raad: {
    signer: (d) => ({ p: d.ctx.kase.pros.raadsonderzoeker, role: 'raadsonderzoeker' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        const when = ahead(doc, 5, 12);
        doc.push(
          `De Raad voor de Kinderbescherming is op ${formatDate(past(doc, 7, 30), 'long')} gestart met een onderzoek naar de situatie van ${childList(doc, k.family.children, 'full')}.`,
          `Ik ben de ${roleWord(doc, 'raadsonderzoeker')} die dit onderzoek uitvoert. Ik wil u graag spreken ${appointment(doc, 'gesprek met raadsonderzoeker', when, time(doc))} op het kantoor van de Raad in ${k.orgs.raad.city}.`,
          `Neem een geldig identiteitsbewijs mee.`,
        );
      },
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Hierbij ontvangt u het conceptrapport van het raadsonderzoek naar ${childList(doc, k.family.children)}.`,
          `U kunt uw reactie op het concept ${statedDate(doc, 'reactie op conceptrapport', ahead(doc, 8, 12))} schriftelijk aan mij sturen. Uw reactie wordt als bijlage aan het rapport toegevoegd.`,
          `De ${roleWord(doc, 'gedragsdeskundige')}, ${doc.name(k.pros.gedragsdeskundige, 'gedragsdeskundige', 'formal')}, heeft het rapport vastgesteld.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Op verzoek van de kinderrechter doet de Raad een onderzoek naar het gezag over ${childList(doc, k.family.children, 'full')}.`,
          `Voor dit onderzoek heb ik informatie nodig van de school en de huisarts. Wilt u het bijgevoegde toestemmingsformulier ${relativeTerm(doc, 'toestemmingsformulier terugsturen')} ondertekend terugsturen?`,
          `Het eerste gesprek vond plaats op ${formatDate(past(doc, 5, 20), 'weekday-long')}.`,
        );
      },
    ],
  },
  school: {
    signer: (d) => ({ p: d.ctx.kase.pros.leerkracht, role: 'leerkracht' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children[0]!;
        const when = ahead(doc, 4, 10);
        doc.push(
          `Wij maken ons zorgen over het verzuim van ${childRef(doc, c)}. Sinds ${formatDate(past(doc, 20, 60), 'long-noyear')} is ${c.gender === 'f' ? 'zij' : 'hij'} elf keer te laat gekomen.`,
          `Wij nodigen u uit voor een gesprek met mij en de ${roleWord(doc, 'intern begeleider')}, ${doc.name(k.pros.internBegeleider, 'intern begeleider', 'formal-full')}, ${appointment(doc, 'gesprek op school over verzuim', when, time(doc))}.`,
          `Wilt u ${statedDate(doc, 'aanwezigheid bevestigen', plusDays(when, -2))} laten weten of u komt?`,
        );
      },
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children[0]!;
        doc.push(
          `Zoals besproken op ${formatDate(past(doc, 3, 15), 'dmy-dash')} stuur ik u het leerlingverslag van ${childRef(doc, c, 'full')}.`,
          `De ${roleWord(doc, 'directeur')}, ${doc.name(k.pros.directeur, 'directeur', 'formal')}, heeft toestemming gegeven om het verslag ook aan de jeugdbeschermer te sturen als u daarmee akkoord gaat.`,
          `Er is op dit moment geen actie van u nodig.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children.at(-1)!;
        doc.push(
          `Graag informeer ik u over de overstap van ${childRef(doc, c)} naar het voortgezet onderwijs. ${caps(roleWord(doc, 'mentor'))} ${doc.name(k.pros.mentor, 'mentor', 'full')} begeleidt de overdracht.`,
          `Het aanmeldformulier moet ${statedDate(doc, 'aanmeldformulier voortgezet onderwijs inleveren', ahead(doc, 10, 25))} bij de administratie zijn.`,
          `In het gesprek van ${formatDate(past(doc, 7, 30), 'long')} gaf u aan dat u hierover ook met de vader wilt overleggen.`,
        );
      },
    ],
  },
  lawyer: {
    signer: (d) => ({
      p:
        d.ctx.kase.parent === 'mother'
          ? d.ctx.kase.pros.advocaatMoeder
          : d.ctx.kase.pros.advocaatVader,
      role: 'advocaat',
    }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `In vervolg op onze bespreking van ${formatDate(past(doc, 2, 10), 'long')} bevestig ik dat ik namens u een verweerschrift indien tegen het verzoek tot verlenging van de ondertoezichtstelling van ${childList(doc, k.family.children)}.`,
          `Om het verweerschrift tijdig in te dienen, ontvang ik graag ${statedDate(doc, 'stukken aanleveren aan advocaat', ahead(doc, 4, 9))} de verslagen van de school en de hulpverlening.`,
          `De mondelinge behandeling bij de ${k.orgs.court.name} is nog niet gepland.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Zoals telefonisch besproken ben ik door de Raad voor Rechtsbijstand aan u toegevoegd. Ik sta u bij in de procedure over de uithuisplaatsing van ${childList(doc, k.family.children, 'full')}.`,
          `Ik verzoek u mij ${relativeTerm(doc, 'ondertekende volmacht en eigen bijdrage aan advocaat')} de ondertekende volmacht terug te sturen.`,
          `De beschikking van ${formatDate(past(doc, 20, 90), 'long')} heb ik inmiddels ontvangen.`,
        );
      },
    ],
  },
  gemeente: {
    signer: (d) => ({ p: d.ctx.kase.pros.consulent, role: 'consulent gemeente' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Wij hebben op ${formatDate(past(doc, 3, 10), 'long')} uw aanvraag voor jeugdhulp voor ${childRef(doc, k.family.children[0]!, 'full')} ontvangen.`,
          `Om uw aanvraag te kunnen beoordelen, hebben wij nog een verklaring van de huisarts nodig. Stuur deze ${relativeTerm(doc, 'verklaring huisarts aanleveren')} naar ons op.`,
          `Ontvangen wij de stukken niet op tijd, dan kunnen wij uw aanvraag niet in behandeling nemen.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Op ${formatDate(past(doc, 10, 40), 'dmy-dash-loose')} heeft u met de ${roleWord(doc, 'wijkteammedewerker')}, ${doc.name(k.pros.wijkteam, 'wijkteammedewerker', 'formal-full')}, gesproken over ondersteuning voor uw gezin.`,
          `In deze brief leest u wat wij hebben afgesproken. ${caps(roleWord(doc, 'consulent gemeente'))} ${doc.name(k.pros.consulent, 'consulent gemeente', 'full')} is uw vaste contactpersoon.`,
          `U hoeft op deze brief niet te reageren.`,
        );
      },
    ],
  },
  gp: {
    signer: (d) => ({ p: d.ctx.kase.pros.huisarts, role: 'huisarts' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children[0]!;
        doc.push(
          `Op uw verzoek bevestig ik dat ${childRef(doc, c, 'full')} sinds ${formatDate(past(doc, 200, 700), 'dmy-dash')} bij onze praktijk is ingeschreven.`,
          `${c.gender === 'f' ? 'Zij' : 'Hij'} is op ${formatDate(past(doc, 5, 40), 'long')} op het spreekuur geweest. Ik heb ${c.gender === 'f' ? 'haar' : 'hem'} verwezen naar ${k.orgs.care.name}.`,
          `Deze verklaring is op verzoek van de ouder opgesteld.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children.at(-1)!;
        doc.push(
          `Hierbij een korte medische verklaring over ${childRef(doc, c)}. Ik ken het gezin sinds ${yearOf(doc.ctx.date) - 4}.`,
          `Bij het consult van ${formatDate(past(doc, 3, 20), 'short')} waren geen aanwijzingen voor lichamelijk letsel.`,
          `Voor vragen kunt u de praktijk bellen op werkdagen tussen 8.00 en 10.00 uur.`,
        );
      },
    ],
  },
  care: {
    signer: (d) => ({ p: d.ctx.kase.pros.behandelaar, role: 'behandelaar GGZ' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children[0]!;
        const when = ahead(doc, 8, 20);
        doc.push(
          `${caps(childRef(doc, c, 'full'))} is aangemeld voor behandeling bij ${k.orgs.care.name}. De wachttijd is helaas voorbij.`,
          `Het intakegesprek is ${appointment(doc, 'intakegesprek jeugdhulp', when, time(doc))} met ${doc.name(k.pros.psycholoog, 'psycholoog', 'formal')}, ${roleWord(doc, 'psycholoog')}.`,
          `Vul de vragenlijst ${statedDate(doc, 'vragenlijst invullen voor intake', plusDays(when, -3))} in via het cliëntportaal.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        const c = k.family.children[0]!;
        doc.push(
          `De behandeling van ${childRef(doc, c)} bij ons is op ${formatDate(past(doc, 2, 14), 'long')} afgesloten.`,
          `In de afsluitende evaluatie met ${roleWord(doc, 'gezinsbegeleider')} ${doc.name(k.pros.gezinsbegeleider, 'gezinsbegeleider', 'full')} is afgesproken dat u zich opnieuw kunt melden als dat nodig is.`,
          `Er zijn geen vervolgafspraken.`,
        );
      },
    ],
  },
  vt: {
    signer: (d) => ({ p: d.ctx.kase.pros.veiligThuis, role: 'medewerker Veilig Thuis' }),
    dev: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Veilig Thuis heeft op ${formatDate(past(doc, 5, 25), 'long')} een melding ontvangen over de veiligheid van ${childList(doc, k.family.children)}.`,
          `Wij willen met u in gesprek ${appointment(doc, 'huisbezoek Veilig Thuis', ahead(doc, 3, 8), time(doc))} bij u thuis.`,
          `Wij onderzoeken de melding zorgvuldig en horen graag uw kant van het verhaal.`,
        );
      },
    ],
    holdout: [
      (doc) => {
        const k = doc.ctx.kase;
        doc.push(
          `Wij sluiten ons onderzoek naar aanleiding van de melding van ${formatDate(past(doc, 40, 90), 'dmy-dash')} af.`,
          `De zorg wordt overgedragen aan het wijkteam; ${doc.name(k.pros.wijkteam, 'wijkteammedewerker', 'formal')} (${roleWord(doc, 'wijkteammedewerker')}) neemt contact met u op.`,
          `Wilt u inzage in het dossier, dan kunt u dat schriftelijk bij ons aanvragen.`,
        );
      },
    ],
  },
};

const ORG_OF: Record<string, (k: Case) => Org> = {
  gi: (k) => k.orgs.gi,
  raad: (k) => k.orgs.raad,
  school: (k) => k.orgs.school,
  lawyer: (k) => k.orgs.lawyer,
  gemeente: (k) => k.orgs.gemeente,
  gp: (k) => k.orgs.gp,
  care: (k) => k.orgs.care,
  vt: (k) => k.orgs.vt,
};

const SUBJECTS: Record<string, string[]> = {
  gi: ['uitnodiging gesprek', 'wijziging jeugdbeschermer', 'afspraken omgang'],
  raad: ['raadsonderzoek', 'conceptrapport', 'onderzoek gezag'],
  school: ['verzuim', 'leerlingverslag', 'overstap voortgezet onderwijs'],
  lawyer: ['verweerschrift verlenging OTS', 'toevoeging en volmacht'],
  gemeente: ['uw aanvraag jeugdhulp', 'afspraken ondersteuning'],
  gp: ['verklaring', 'medische verklaring'],
  care: ['intake', 'afsluiting behandeling'],
  vt: ['melding', 'afsluiting onderzoek'],
};

function make(
  kind: string,
  variant: 'dev' | 'holdout',
  frame: 'classic' | 'city' | 'modern',
): Template {
  return {
    id: `letter-${kind}-${variant}-${frame}`,
    type: 'letter',
    variant,
    statutory: true,
    sender: (k) => ORG_OF[kind]!(k),
    write: (doc) => {
      const k = doc.ctx.kase;
      const org = ORG_OF[kind]!(k);
      const par = parentOf(k);
      const body = doc.rng.pick(BODIES[kind]![variant]);
      const signer = BODIES[kind]!.signer(doc);
      const ref =
        kind === 'gi'
          ? k.giRef
          : kind === 'raad'
            ? k.raadRef
            : org.ref(doc.rng, yearOf(doc.ctx.date)) || null;
      doc.reference = ref;
      letterhead(doc, org);
      addressBlock(doc, par.p, par.role, par.addr);
      const items: [string, string][] = [];
      if (ref)
        items.push([
          frame === 'modern'
            ? 'Kenmerk'
            : doc.rng.pick(['Ons kenmerk', 'Kenmerk', 'Dossiernummer']),
          ref,
        ]);
      items.push([doc.rng.pick(['Betreft', 'Onderwerp']), doc.rng.pick(SUBJECTS[kind]!)]);
      metaBlock(doc, org.city, items);
      doc.push(salutation(doc, par.p), '');
      body(doc, org);
      doc.blank();
      doc.push(
        doc.rng.pick([
          'Heeft u vragen? Bel of mail mij gerust.',
          'Voor vragen kunt u contact met mij opnemen.',
          'Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.',
        ]),
        '',
      );
      if (frame === 'city' && kind !== 'raad') {
        signature(doc, org, [signer], { namens: `namens ${org.name},` });
      } else if (kind === 'raad' && doc.rng.chance(0.5)) {
        signature(doc, org, [signer], { namens: 'namens de Raad voor de Kinderbescherming,' });
      } else {
        signature(doc, org, [signer]);
      }
      if (doc.rng.chance(0.45)) {
        const other = par.other;
        ccLine(doc, [{ p: other, role: par.otherRole, form: 'formal' }]);
      }
      footer(doc, org);
    },
  };
}

export const letterTemplates: Template[] = [
  ...Object.keys(BODIES).flatMap((kind) => [
    make(kind, 'dev', 'classic'),
    make(kind, 'dev', 'city'),
  ]),
  ...Object.keys(BODIES).map((kind) => make(kind, 'holdout', 'modern')),
];
