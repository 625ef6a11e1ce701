// Organisations that write to parents. Courts, the Raad and gemeenten carry real public names;
// GIs, care providers, schools, practices and law firms are fictional. Dev and holdout use
// different organisations (and different reference formats) throughout.
import type { Variant } from './names';
import type { Rng } from './prng';

export type OrgKind =
  | 'court'
  | 'child-protection-council'
  | 'certified-institution'
  | 'municipality'
  | 'care-provider'
  | 'school'
  | 'veilig-thuis'
  | 'lawyer'
  | 'parent'
  | 'other';

export interface Org {
  name: string;
  kind: OrgKind;
  /** Lines under the name in the letterhead (department, tagline). */
  sub: string[];
  street: string;
  postcode: string;
  city: string;
  phone: string;
  mailDomain: string;
  /** A fresh reference (kenmerk, zaaknummer) in this organisation's own format. */
  ref: (rng: Rng, year: number) => string;
}

const n = (rng: Rng, digits: number): string =>
  String(rng.int(10 ** (digits - 1), 10 ** digits - 1));
const yy = (year: number): string => String(year).slice(2);

interface CourtSpec {
  name: string;
  code: string;
  city: string;
  hof: string;
  postcode: string;
}

const COURTS: Record<Variant, CourtSpec[]> = {
  dev: [
    {
      name: 'Rechtbank Gelderland',
      code: '05',
      city: 'Arnhem',
      hof: 'Arnhem-Leeuwarden',
      postcode: '6800 EM',
    },
    {
      name: 'Rechtbank Noord-Holland',
      code: '15',
      city: 'Haarlem',
      hof: 'Amsterdam',
      postcode: '2001 DA',
    },
    {
      name: 'Rechtbank Limburg',
      code: '03',
      city: 'Maastricht',
      hof: "'s-Hertogenbosch",
      postcode: '6200 MA',
    },
    {
      name: 'Rechtbank Den Haag',
      code: '09',
      city: 'Den Haag',
      hof: 'Den Haag',
      postcode: '2500 EH',
    },
    {
      name: 'Rechtbank Zeeland-West-Brabant',
      code: '02',
      city: 'Breda',
      hof: "'s-Hertogenbosch",
      postcode: '4800 DP',
    },
  ],
  holdout: [
    {
      name: 'Rechtbank Amsterdam',
      code: '13',
      city: 'Amsterdam',
      hof: 'Amsterdam',
      postcode: '1070 AR',
    },
    {
      name: 'Rechtbank Rotterdam',
      code: '10',
      city: 'Rotterdam',
      hof: 'Den Haag',
      postcode: '3000 BL',
    },
    {
      name: 'Rechtbank Midden-Nederland',
      code: '16',
      city: 'Utrecht',
      hof: 'Arnhem-Leeuwarden',
      postcode: '3500 GM',
    },
    {
      name: 'Rechtbank Noord-Nederland',
      code: '18',
      city: 'Groningen',
      hof: 'Arnhem-Leeuwarden',
      postcode: '9700 AC',
    },
  ],
};

export interface Court extends Org {
  hof: string;
}

function court(spec: CourtSpec, variant: Variant): Court {
  return {
    name: spec.name,
    kind: 'court',
    sub: variant === 'dev' ? ['Team familie en jeugd'] : ['sector familie- en jeugdrecht'],
    street: `Postbus ${rng4(spec.code)}`,
    postcode: spec.postcode,
    city: spec.city,
    phone: `088 - 361 ${spec.code}00`,
    mailDomain: 'rechtspraak.nl',
    hof: spec.hof,
    ref: (rng, year) =>
      variant === 'dev'
        ? `C/${spec.code}/${n(rng, 6)} / JE RK ${yy(year)}-${n(rng, 4)}`
        : `C/${spec.code}/${n(rng, 6)} JE RK ${yy(year)}/${n(rng, 4)}`,
  };
}
const rng4 = (code: string): string => String(9000 + Number(code) * 37);

interface Spec {
  name: string;
  sub: string[];
  street: string;
  postcode: string;
  city: string;
  phone: string;
  mailDomain: string;
  ref: (rng: Rng, year: number) => string;
}
const org = (kind: OrgKind, s: Spec): Org => ({ kind, ...s });

const GIS: Record<Variant, Org[]> = {
  dev: [
    org('certified-institution', {
      name: 'Jeugdbescherming Rivierenland',
      sub: ['gecertificeerde instelling'],
      street: 'Postbus 1123',
      postcode: '6500 BC',
      city: 'Nijmegen',
      phone: '024 - 355 80 00',
      mailDomain: 'jbrivierenland.nl',
      ref: (rng, year) => `JBR-${yy(year)}-${n(rng, 5)}`,
    }),
    org('certified-institution', {
      name: 'Stichting Jeugdbescherming Kennemerland',
      sub: ['jeugdbescherming en jeugdreclassering'],
      street: 'Postbus 2270',
      postcode: '2002 CG',
      city: 'Haarlem',
      phone: '023 - 512 44 00',
      mailDomain: 'sjkennemerland.nl',
      ref: (rng, year) => `${year}/${n(rng, 4)}/JB`,
    }),
    org('certified-institution', {
      name: 'Jeugdbescherming Maasland',
      sub: ['regio Zuid-Limburg'],
      street: 'Postbus 806',
      postcode: '6200 AV',
      city: 'Maastricht',
      phone: '043 - 350 61 00',
      mailDomain: 'jbmaasland.nl',
      ref: (rng) => `JM ${n(rng, 4)}-${n(rng, 3)}`,
    }),
    org('certified-institution', {
      name: 'Gezinsvoogdij Hofstad',
      sub: ['gecertificeerde instelling voor jeugdbescherming'],
      street: 'Postbus 16310',
      postcode: '2500 BH',
      city: 'Den Haag',
      phone: '070 - 310 22 00',
      mailDomain: 'gvhofstad.nl',
      ref: (rng, year) => `GH.${yy(year)}.${n(rng, 5)}`,
    }),
    org('certified-institution', {
      name: 'Jeugdbescherming Baronie',
      sub: ['jeugdbescherming West-Brabant'],
      street: 'Postbus 3310',
      postcode: '4800 DH',
      city: 'Breda',
      phone: '076 - 520 30 00',
      mailDomain: 'jbbaronie.nl',
      ref: (rng, year) => `JBB/${year}/${n(rng, 4)}`,
    }),
  ],
  holdout: [
    org('certified-institution', {
      name: 'Jeugdbescherming Amstelland',
      sub: ['gecertificeerde instelling'],
      street: 'Postbus 75211',
      postcode: '1070 AE',
      city: 'Amsterdam',
      phone: '020 - 540 12 00',
      mailDomain: 'jbamstelland.nl',
      ref: (rng, year) => `AMS${yy(year)}-${n(rng, 6)}`,
    }),
    org('certified-institution', {
      name: 'Stichting Jeugdbescherming Maasmond',
      sub: ['jeugdbescherming & jeugdreclassering Rijnmond'],
      street: 'Postbus 29125',
      postcode: '3001 GC',
      city: 'Rotterdam',
      phone: '010 - 204 80 00',
      mailDomain: 'sjmaasmond.nl',
      ref: (rng) => `MM-${n(rng, 7)}`,
    }),
    org('certified-institution', {
      name: 'Jeugdbescherming Domstad',
      sub: ['uitvoering jeugdbeschermingsmaatregelen'],
      street: 'Postbus 8514',
      postcode: '3503 RM',
      city: 'Utrecht',
      phone: '030 - 230 11 00',
      mailDomain: 'jbdomstad.nl',
      ref: (rng, year) => `DS/${yy(year)}/${n(rng, 5)}/JB`,
    }),
    org('certified-institution', {
      name: 'Gecertificeerde Instelling Wadden',
      sub: ['jeugdbescherming Noord-Nederland'],
      street: 'Postbus 1210',
      postcode: '9701 BE',
      city: 'Groningen',
      phone: '050 - 312 90 00',
      mailDomain: 'giwadden.nl',
      ref: (rng, year) => `W${year}.${n(rng, 4)}`,
    }),
  ],
};

const GEMEENTEN: Record<Variant, Org[]> = {
  dev: [
    [
      'Arnhem',
      'Postbus 9029',
      '6800 EL',
      '0800 1809',
      (rng: Rng, y: number) => `Z-${yy(y)}-${n(rng, 6)}`,
    ],
    [
      'Haarlem',
      'Postbus 511',
      '2003 PB',
      '14 023',
      (rng: Rng, y: number) => `SZW/JH/${y}/${n(rng, 4)}`,
    ],
    [
      'Maastricht',
      'Postbus 1992',
      '6201 BZ',
      '14 043',
      (rng: Rng, y: number) => `${y}-${n(rng, 6)}`,
    ],
    [
      'Leiden',
      'Postbus 9100',
      '2300 PC',
      '14 071',
      (rng: Rng, y: number) => `JGD ${yy(y)}.${n(rng, 5)}`,
    ],
    [
      'Roosendaal',
      'Postbus 5000',
      '4700 KA',
      '14 0165',
      (rng: Rng, y: number) => `RSD/${y}/${n(rng, 5)}`,
    ],
    [
      'Zevenaar',
      'Postbus 10',
      '6900 AA',
      '0316 - 595 111',
      (rng: Rng, y: number) => `ZEV-${y}-${n(rng, 4)}`,
    ],
  ].map(([city, street, postcode, phone, ref]) =>
    org('municipality', {
      name: `Gemeente ${city as string}`,
      sub: ['Afdeling Sociaal Domein', 'team Jeugd'],
      street: street as string,
      postcode: postcode as string,
      city: city as string,
      phone: phone as string,
      mailDomain: `${(city as string).toLowerCase()}.nl`,
      ref: ref as (rng: Rng, y: number) => string,
    }),
  ),
  holdout: [
    [
      'Amstelveen',
      'Postbus 4',
      '1180 BA',
      '14 020',
      (rng: Rng, y: number) => `AV/JW/${yy(y)}/${n(rng, 5)}`,
    ],
    ['Schiedam', 'Postbus 1501', '3100 EA', '14 010', (rng: Rng) => `${n(rng, 7)}`],
    ['Zeist', 'Postbus 513', '3700 AM', '14 030', (rng: Rng, y: number) => `ZST.${y}.${n(rng, 4)}`],
    [
      'Assen',
      'Postbus 30018',
      '9400 RA',
      '14 0592',
      (rng: Rng, y: number) => `WMO-JW ${y}-${n(rng, 4)}`,
    ],
  ].map(([city, street, postcode, phone, ref]) =>
    org('municipality', {
      name: `Gemeente ${city as string}`,
      sub: ['Jeugd en Gezin'],
      street: street as string,
      postcode: postcode as string,
      city: city as string,
      phone: phone as string,
      mailDomain: `${(city as string).toLowerCase()}.nl`,
      ref: ref as (rng: Rng, y: number) => string,
    }),
  ),
};

function simple(
  kind: OrgKind,
  name: string,
  sub: string,
  city: string,
  domain: string,
  ref: Spec['ref'],
): Org {
  return org(kind, {
    name,
    sub: sub ? [sub] : [],
    street: `${['Kerkstraat', 'Stationsweg', 'Molenlaan', 'Schoolstraat', 'Parklaan'][name.length % 5]} ${((name.length * 7) % 90) + 3}`,
    postcode: `${1000 + ((name.length * 331) % 8900)} ${['AB', 'KL', 'RT', 'GH', 'XZ'][name.length % 5]}`,
    city,
    phone: `0${((name.length * 13) % 80) + 10} - ${((name.length * 977) % 900) + 100} ${((name.length * 53) % 90) + 10} ${((name.length * 17) % 90) + 10}`,
    mailDomain: domain,
    ref,
  });
}

const SCHOOLS: Record<Variant, Org[]> = {
  dev: [
    simple(
      'school',
      'OBS De Regenboog',
      'openbare basisschool',
      'Arnhem',
      'obsderegenboog.nl',
      () => '',
    ),
    simple(
      'school',
      'CBS Het Kompas',
      'christelijke basisschool',
      'Heemstede',
      'hetkompas-school.nl',
      () => '',
    ),
    simple(
      'school',
      'Sint-Servaascollege',
      'vmbo - havo - vwo',
      'Maastricht',
      'servaascollege.nl',
      () => '',
    ),
    simple(
      'school',
      'IKC De Vlinderboom',
      'integraal kindcentrum',
      'Leiden',
      'vlinderboom.nl',
      () => '',
    ),
    simple(
      'school',
      'Mytylschool De Brug',
      'speciaal onderwijs',
      'Breda',
      'debrug-so.nl',
      () => '',
    ),
  ],
  holdout: [
    simple(
      'school',
      'Montessorischool Oost',
      'basisschool',
      'Amsterdam',
      'montessori-oost.nl',
      () => '',
    ),
    simple('school', 'Het Nieuwe Havenlyceum', 'havo/vwo', 'Schiedam', 'havenlyceum.nl', () => ''),
    simple(
      'school',
      'Daltonschool De Sterrenwacht',
      '',
      'Zeist',
      'sterrenwacht-dalton.nl',
      () => '',
    ),
  ],
};

const CARE: Record<Variant, Org[]> = {
  dev: [
    simple(
      'care-provider',
      'Vlinderhof Jeugdhulp',
      'jeugd- en opvoedhulp',
      'Arnhem',
      'vlinderhofjeugd.nl',
      (rng, y) => `PJ-${y}-${n(rng, 4)}`,
    ),
    simple(
      'care-provider',
      'Duinzicht Jeugd-GGZ',
      'specialistische jeugd-ggz',
      'Haarlem',
      'duinzichtggz.nl',
      (rng) => `K${n(rng, 6)}`,
    ),
    simple(
      'care-provider',
      'Orthopedagogenpraktijk De Linde',
      'onderzoek en behandeling',
      'Leiden',
      'praktijkdelinde.nl',
      (rng, y) => `DL/${y}/${n(rng, 3)}`,
    ),
    simple(
      'care-provider',
      'Heuvelland Kind en Jeugd',
      'GGZ voor kinderen en jongeren',
      'Maastricht',
      'heuvellandkj.nl',
      (rng) => `MKJ ${n(rng, 7)}`,
    ),
    simple(
      'care-provider',
      'Stichting Gezinshuis Zonneveld',
      'gezinshuizen en ambulante hulp',
      'Roosendaal',
      'gezinshuiszonneveld.nl',
      (rng, y) => `GZ${yy(y)}-${n(rng, 3)}`,
    ),
  ],
  holdout: [
    simple(
      'care-provider',
      'Amstelhuis Ambulant',
      'jeugd- en opvoedhulp',
      'Amsterdam',
      'amstelhuis-ambulant.nl',
      (rng, y) => `LA.${y}.${n(rng, 5)}`,
    ),
    simple(
      'care-provider',
      'Maaskant Jeugd Zuid',
      'jeugd-GGZ',
      'Schiedam',
      'maaskantjeugd.nl',
      (rng) => `YJ${n(rng, 6)}`,
    ),
    simple(
      'care-provider',
      'Praktijk Kindpsychologie Het Anker',
      'diagnostiek en behandeling',
      'Zeist',
      'hetanker-psy.nl',
      (rng, y) => `HA-${yy(y)}/${n(rng, 3)}`,
    ),
  ],
};

const GP: Record<Variant, Org[]> = {
  dev: [
    simple(
      'care-provider',
      'Huisartsenpraktijk De Esch',
      'huisartsen',
      'Arnhem',
      'hadeesch.nl',
      () => '',
    ),
    simple(
      'care-provider',
      'Gezondheidscentrum Schalkwijk',
      'huisartsen en praktijkondersteuners',
      'Haarlem',
      'gcschalkwijk.nl',
      () => '',
    ),
    simple(
      'care-provider',
      'Huisartsenpraktijk Wyck',
      '',
      'Maastricht',
      'praktijkwyck.nl',
      () => '',
    ),
  ],
  holdout: [
    simple(
      'care-provider',
      'Huisartsen Oosterpark',
      'praktijk voor huisartsgeneeskunde',
      'Amsterdam',
      'haoosterpark.nl',
      () => '',
    ),
    simple('care-provider', 'Huisartsenpraktijk Kethel', '', 'Schiedam', 'hapkethel.nl', () => ''),
  ],
};

const LAWYERS: Record<Variant, Org[]> = {
  dev: [
    simple(
      'lawyer',
      'Van Dijk & Partners Advocaten',
      'familie- en jeugdrecht',
      'Arnhem',
      'vandijkpartners.nl',
      (rng, y) => `${yy(y)}-${n(rng, 4)} JB`,
    ),
    simple(
      'lawyer',
      'Advocatenkantoor Sterk',
      'personen- en familierecht',
      'Haarlem',
      'advocatensterk.nl',
      (rng, y) => `${y}.${n(rng, 4)}/AS`,
    ),
    simple(
      'lawyer',
      'Maas Jeugdrecht Advocaten',
      '',
      'Maastricht',
      'maasjeugdrecht.nl',
      (rng, y) => `MJ ${yy(y)}${n(rng, 3)}`,
    ),
    simple(
      'lawyer',
      'Kantoor Bosman Advocatuur',
      'advocaat en mediator',
      'Breda',
      'bosmanadvocatuur.nl',
      (rng, y) => `B${y}-${n(rng, 3)}`,
    ),
  ],
  holdout: [
    simple(
      'lawyer',
      'Altena Plas Advocaten',
      'jeugd- en familierecht',
      'Amsterdam',
      'altenaplas.nl',
      (rng, y) => `${n(rng, 5)}/${yy(y)}`,
    ),
    simple(
      'lawyer',
      'Advocatenpraktijk Rijnmond Recht',
      '',
      'Rotterdam',
      'rijnmondrecht.nl',
      (rng, y) => `RR-${y}-${n(rng, 4)}`,
    ),
    simple(
      'lawyer',
      'Hamdi & Vos Advocaten',
      'sociale advocatuur',
      'Utrecht',
      'hamdivos.nl',
      (rng, y) => `HV ${y}/${n(rng, 3)}`,
    ),
  ],
};

const VEILIG_THUIS: Record<Variant, Org[]> = {
  dev: [
    simple(
      'veilig-thuis',
      'Veilig Thuis Gelderland-Midden',
      'advies- en meldpunt huiselijk geweld en kindermishandeling',
      'Arnhem',
      'vtgm.nl',
      (rng, y) => `VT-${y}-${n(rng, 5)}`,
    ),
    simple(
      'veilig-thuis',
      'Veilig Thuis Kennemerland',
      'huiselijk geweld en kindermishandeling',
      'Haarlem',
      'vtkennemerland.nl',
      (rng, y) => `VTK/${yy(y)}/${n(rng, 4)}`,
    ),
  ],
  holdout: [
    simple(
      'veilig-thuis',
      'Veilig Thuis Amsterdam-Amstelland',
      '',
      'Amsterdam',
      'vtaa.nl',
      (rng, y) => `${y}.VT.${n(rng, 5)}`,
    ),
  ],
};

const COMPLAINT_BOARDS: Record<Variant, Org[]> = {
  dev: [
    simple(
      'other',
      'Klachtencommissie Jeugdbescherming Oost',
      'onafhankelijke klachtencommissie',
      'Arnhem',
      'kc-jboost.nl',
      (rng, y) => `KC-${y}-${String(rng.int(1, 199)).padStart(3, '0')}`,
    ),
    simple(
      'other',
      'Klachtencommissie Jeugd Zuid',
      'klachtbehandeling jeugdhulp en jeugdbescherming',
      'Maastricht',
      'kcjeugdzuid.nl',
      (rng, y) => `KJZ ${yy(y)}/${String(rng.int(1, 99)).padStart(3, '0')}`,
    ),
  ],
  holdout: [
    simple(
      'other',
      'Regionale Klachtencommissie Jeugdzorg West',
      '',
      'Rotterdam',
      'rkc-west.nl',
      (rng, y) => `K${y}.${String(rng.int(1, 99)).padStart(2, '0')}`,
    ),
  ],
};

export interface Raad extends Org {
  locatie: string;
}

function raad(variant: Variant, city: string, street: string, postcode: string): Raad {
  return {
    name: 'Raad voor de Kinderbescherming',
    kind: 'child-protection-council',
    sub: [variant === 'dev' ? `regio ${city}` : `locatie ${city}`],
    street,
    postcode,
    city,
    phone: '088 - 3 400 ' + (variant === 'dev' ? '100' : '200'),
    mailDomain: 'rvdk.nl',
    locatie: city,
    ref: (rng, year) =>
      variant === 'dev' ? `RvdK ${yy(year)}${n(rng, 2)}-${n(rng, 5)}` : `${n(rng, 9)}`,
  };
}

const RAAD: Record<Variant, Raad[]> = {
  dev: [
    raad('dev', 'Arnhem', 'Postbus 9234', '6800 KS'),
    raad('dev', 'Haarlem', 'Postbus 975', '2003 RZ'),
    raad('dev', 'Maastricht', 'Postbus 3120', '6202 NC'),
  ],
  holdout: [
    raad('holdout', 'Amsterdam', 'Postbus 12004', '1100 AA'),
    raad('holdout', 'Utrecht', 'Postbus 8042', '3503 RA'),
  ],
};

export interface OrgSet {
  court: Court;
  gi: Org;
  raad: Raad;
  gemeente: Org;
  school: Org;
  care: Org;
  gp: Org;
  lawyer: Org;
  lawyer2: Org;
  vt: Org;
  board: Org;
}

/** The organisations around one family, all from the variant's own pools. */
export function drawOrgs(rng: Rng, variant: Variant): OrgSet {
  const lawyers = rng.shuffle(LAWYERS[variant]);
  return {
    court: court(rng.pick(COURTS[variant]), variant),
    gi: rng.pick(GIS[variant]),
    raad: rng.pick(RAAD[variant]),
    gemeente: rng.pick(GEMEENTEN[variant]),
    school: rng.pick(SCHOOLS[variant]),
    care: rng.pick(CARE[variant]),
    gp: rng.pick(GP[variant]),
    lawyer: lawyers[0]!,
    lawyer2: lawyers[1]!,
    vt: rng.pick(VEILIG_THUIS[variant]),
    board: rng.pick(COMPLAINT_BOARDS[variant]),
  };
}
