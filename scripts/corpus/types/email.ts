// E-mail printouts: Van/Aan/Onderwerp (Outlook NL), From/To/Subject (English client), and in the
// holdout Afzender/Ontvanger/Datum and the "Sent:" layout. Always preceded by the mailbox line
// a printout has, so the file is a printout, not an .eml.
import type { Case } from '../case';
import { formatDate, formatMailDateEn, workingDaysAfter, plusDays } from '../calendar';
import type { DocBuilder } from '../doc';
import { appointment, statedDate } from '../deadlines-phrases';
import { fullName, type Person } from '../names';
import { childList, roleWord } from '../render';
import { parentOf, type Template } from './template';

function address(p: Person, domain: string): string {
  // Mail addresses are ASCII: "Kamińska" becomes "kaminska", "Łukasz" "lukasz".
  const ascii = (x: string) =>
    x
      .replace(/[łŁ]/g, 'l')
      .replace(/ı/g, 'i')
      .normalize('NFKD')
      .replace(/[^A-Za-z]/g, '');
  return `${ascii(p.first[0]!)}.${ascii(p.surname)}`.toLowerCase() + `@${domain}`;
}

interface Party {
  p: Person;
  role: string;
  domain: string;
}

function header(doc: DocBuilder, from: Party, to: Party, subject: string, style: number): void {
  const t = doc.rng.pick(['08:12', '10:47', '13:05', '16:31', '21:14']);
  const name = (x: Party) => doc.name(x.p, x.role, 'full');
  const mail = (x: Party) => address(x.p, x.domain);
  if (style === 0) {
    doc.push(
      `Van: ${name(from)} <${mail(from)}>`,
      `Verzonden: ${formatDate(doc.ctx.date, 'weekday-long')} ${t}`,
      `Aan: ${name(to)} <${mail(to)}>`,
      `Onderwerp: ${subject}`,
    );
  } else if (style === 1) {
    doc.push(
      `From: ${name(from)} <${mail(from)}>`,
      `Date: ${formatMailDateEn(doc.ctx.date, t)}`,
      `To: ${name(to)} <${mail(to)}>`,
      `Subject: ${subject}`,
    );
  } else if (style === 2) {
    doc.push(
      `Afzender: ${name(from)} (${mail(from)})`,
      `Ontvanger: ${name(to)} (${mail(to)})`,
      `Datum: ${formatDate(doc.ctx.date, 'dmy-dash')} om ${t}`,
      `Betreft: ${subject}`,
    );
  } else {
    doc.push(
      `From: ${mail(from)}`,
      `Sent: ${formatDate(doc.ctx.date, 'long')} ${t}`,
      `To: ${name(to)} <${mail(to)}>`,
      `Subject: RE: ${subject}`,
    );
  }
  doc.blank();
}

function parentToPro(variant: 'dev' | 'holdout', id: string, styles: number[]): Template {
  return {
    id,
    type: 'email',
    variant,
    statutory: true,
    sender: (k) => ({ name: fullName(parentOf(k).p), kind: 'parent' }),
    write: (doc) => {
      const k = doc.ctx.kase;
      const par = parentOf(k);
      const jb = k.pros.jeugdbeschermer;
      doc.push(doc.name(par.p, par.role, 'full'), '');
      const from = { p: par.p, role: par.role, domain: 'gmail.com' };
      const to = { p: jb, role: 'jeugdbeschermer', domain: k.orgs.gi.mailDomain };
      const subject = doc.rng.pick(['omgang', 'vraag over het plan', `dossier ${k.giRef}`]);
      // The mail is filed under the GI's dossier number only when it names it.
      doc.reference = subject.includes(k.giRef) ? k.giRef : null;
      header(doc, from, to, subject, doc.rng.pick(styles));

      const when = workingDaysAfter(doc.ctx.date, doc.rng.int(4, 12));
      doc.push(
        doc.rng.pick([`Beste ${jb.first},`, `Hallo mevrouw/meneer,`, `Goedemorgen,`]),
        '',
        `Zoals afgesproken in ons gesprek van ${formatDate(plusDays(doc.ctx.date, -doc.rng.int(2, 9)), 'long-noyear')} stuur ik u mijn vragen over ${childList(doc, k.family.children)}.`,
        `De ${roleWord(doc, 'leerkracht')} van school, ${doc.name(k.pros.leerkracht, 'leerkracht', 'full')}, wil ook graag meedenken.`,
        `Ik kan ${appointment(doc, 'gesprek met jeugdbeschermer', when, doc.rng.pick(['10:00', '14:30', '15:00']))} langskomen. Kunt u mij ${statedDate(doc, 'bevestiging afspraak door jeugdbeschermer', plusDays(when, -2))} laten weten of dat past?`,
        '',
        doc.rng.pick(['Groet,', 'Met vriendelijke groet,', 'Groetjes,']),
        `${par.p.first} (${roleWord(doc, par.role)} van ${k.family.children.map((c) => c.first).join(' en ')})`,
      );
    },
  };
}

function proToParent(
  variant: 'dev' | 'holdout',
  id: string,
  styles: number[],
  who: 'school' | 'gi' | 'care',
): Template {
  const pro = (k: Case) =>
    who === 'school'
      ? { p: k.pros.internBegeleider, role: 'intern begeleider', org: k.orgs.school }
      : who === 'gi'
        ? { p: k.pros.jeugdbeschermer, role: 'jeugdbeschermer', org: k.orgs.gi }
        : { p: k.pros.orthopedagoog, role: 'orthopedagoog', org: k.orgs.care };
  return {
    id,
    type: 'email',
    variant,
    statutory: true,
    sender: (k) => pro(k).org,
    write: (doc) => {
      const k = doc.ctx.kase;
      const par = parentOf(k);
      const x = pro(k);
      doc.push(doc.name(par.p, par.role, 'full'), '');
      header(
        doc,
        { p: x.p, role: x.role, domain: x.org.mailDomain },
        { p: par.p, role: par.role, domain: 'hotmail.com' },
        doc.rng.pick(['terugkoppeling', 'afspraak', 'stand van zaken']),
        doc.rng.pick(styles),
      );
      doc.reference = who === 'gi' ? k.giRef : null;
      if (who === 'gi') doc.push(`Dossier: ${k.giRef}`, '');
      const due = workingDaysAfter(doc.ctx.date, doc.rng.int(5, 15));
      doc.push(
        doc.rng.pick([`Beste ${par.p.first},`, `Goedemiddag,`, `Beste ouder,`]),
        '',
        `Dank voor uw bericht over ${childList(doc, k.family.children.slice(0, 1))}. Ik heb het besproken met ${doc.name(who === 'school' ? k.pros.directeur : k.pros.teamleider, who === 'school' ? 'directeur' : 'teamleider', 'initial1')} (${roleWord(doc, who === 'school' ? 'directeur' : 'teamleider')}).`,
        `Wilt u het formulier ${statedDate(doc, 'formulier terugsturen', due)} terugmailen? Dan kunnen wij verder.`,
        `Het overleg van vorige week (${formatDate(plusDays(doc.ctx.date, -doc.rng.int(5, 9)), 'dmy-dash-loose')}) is verplaatst; daar hoort u nog van.`,
        '',
        doc.rng.pick(['Met vriendelijke groet,', 'Hartelijke groet,']),
        '',
        doc.name(x.p, x.role, 'full'),
        roleWord(doc, x.role),
        x.org.name,
      );
    },
  };
}

export const emailTemplates: Template[] = [
  parentToPro('dev', 'email-parent-dev', [0, 1]),
  proToParent('dev', 'email-school-dev', [0, 1], 'school'),
  proToParent('dev', 'email-gi-dev', [1, 0], 'gi'),
  parentToPro('holdout', 'email-parent-holdout', [2, 3]),
  proToParent('holdout', 'email-care-holdout', [2, 3], 'care'),
];
