// TEMPORARY (deleted before hand-off): fake services to screenshot data screens before core ingest exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Services } from '../../../src/core/services';
import type {
  DocumentDetail,
  DeadlineView,
  TimelineEntry,
  PersonView,
} from '../../../src/shared/api';
import { SAMPLE_DOCS } from '../host';

const png = readFileSync(join(SAMPLE_DOCS, 'scan_013.png'));
const deadlines: DeadlineView[] = [
  {
    id: 'dl1',
    due: '2022-04-01',
    what: 'Verzoek aan de kinderrechter om de aanwijzing vervallen te verklaren',
    rule: 'binnen twee weken na verzending',
    basis: 'art. 1:264 BW',
    documentId: 'd3',
    status: 'open',
    daysLeft: 7,
    note: 'Dit is een berekening. Controleer de termijn met uw advocaat of vertrouwenspersoon.',
  },
  {
    id: 'dl2',
    due: '2022-07-27',
    what: 'Einde ondertoezichtstelling',
    rule: '',
    basis: 'art. 1:260 BW',
    documentId: 'd2',
    status: 'open',
    daysLeft: 124,
    note: 'Dit is een berekening. Controleer de termijn met uw advocaat of vertrouwenspersoon.',
  },
  {
    id: 'dl3',
    due: '2021-10-27',
    what: 'Hoger beroep bij het gerechtshof',
    rule: 'binnen drie maanden',
    basis: 'art. 358 lid 2 Rv',
    documentId: 'd2',
    status: 'expired',
    daysLeft: -149,
    note: 'Dit is een berekening. Controleer de termijn met uw advocaat of vertrouwenspersoon.',
  },
];
const docs: DocumentDetail[] = [
  mk(
    'd1',
    'Oproeping mondelinge behandeling',
    '2021-07-06',
    'summons',
    'Rechtbank Overijssel',
    'needs-review',
    1,
    ['C/08/123456 / JE RK 21-789'],
  ),
  mk(
    'd2',
    'Beschikking ondertoezichtstelling',
    '2021-07-27',
    'court-decision',
    'Rechtbank Overijssel',
    'confirmed',
    2,
    ['C/08/123456'],
  ),
  mk(
    'd3',
    'Schriftelijke aanwijzing omgang',
    '2022-03-18',
    'written-instruction',
    'Jeugdbescherming Hanzeland',
    'needs-review',
    2,
    [],
  ),
  mk('d4', 'scan_010.jpg', null, 'other', null, 'failed', 1, []),
];
function mk(
  id: string,
  title: string,
  date: string | null,
  type: DocumentDetail['type'],
  sender: string | null,
  status: DocumentDetail['status'],
  pages: number,
  references: string[],
): DocumentDetail {
  return {
    id,
    fileName: `${id}.pdf`,
    sha256: 'ab'.repeat(32),
    title,
    date,
    type,
    sender,
    senderKind: sender ? 'court' : null,
    references,
    status,
    pages: Array.from({ length: pages }, (_, i) => ({
      n: i + 1,
      text: `RECHTBANK OVERIJSSEL\nTeam familie en jeugd\n\nZaaknummer: C/08/123456 / JE RK 21-789\n\nOPROEPING\n\nDe kinderrechter roept u op voor de mondelinge behandeling van het verzoek tot ondertoezichtstelling van Mila Jansen en Thijs Jansen.\n\nDatum: dinsdag 27 juli 2021, 09:45 uur\nPlaats: Zwolle\n\nU kunt zich laten bijstaan door een advocaat. Nadere stukken dient u uiterlijk vijf werkdagen voor de zitting in te dienen. (pagina ${i + 1})`,
      source: i === 0 ? 'ocr' : 'embedded',
      confidence: 0.91,
    })),
    persons: [
      { name: 'Mila Jansen', role: 'kind' },
      { name: 'Thijs Jansen', role: 'kind' },
      { name: 'R. Jansen', role: 'vader' },
    ],
    deadlines: deadlines.filter((d) => d.documentId === id),
    bsn: id === 'd2' ? ['999990019'] : [],
    notes: '',
    error: status === 'failed' ? 'De foto is te onscherp om te lezen.' : null,
    mimeType: 'application/pdf',
    confidence: { date: 0.62, type: 0.91, sender: 0.97, references: 0.8 },
    possibleDuplicateOf: null,
  } as unknown as DocumentDetail;
}
const people: PersonView[] = [
  {
    id: 'p1',
    name: 'Mila Jansen',
    role: 'kind',
    organisation: null,
    kind: null,
    documents: 3,
    aliases: ['Mila'],
  },
  {
    id: 'p2',
    name: 'Thijs Jansen',
    role: 'kind',
    organisation: null,
    kind: null,
    documents: 3,
    aliases: [],
  },
  {
    id: 'p3',
    name: 'N. de Ruiter',
    role: 'jeugdbeschermer',
    organisation: 'Jeugdbescherming Hanzeland',
    kind: 'certified-institution',
    documents: 4,
    aliases: [],
  },
  {
    id: 'p4',
    name: 'Naomi de Ruiter',
    role: 'jeugdbeschermer',
    organisation: 'Jeugdbescherming Hanzeland',
    kind: 'certified-institution',
    documents: 1,
    aliases: [],
  },
  {
    id: 'p5',
    name: 'P.J. Reinders',
    role: 'kinderrechter',
    organisation: 'Rechtbank Overijssel',
    kind: 'court',
    documents: 1,
    aliases: [],
  },
];
export function fakeServices(): Services {
  let unlocked = false;
  let exists = false;
  const events: TimelineEntry[] = [];
  const summary = (d: DocumentDetail) => ({ ...d, pages: d.pages.length });
  const s = {
    vaultState: async () => ({
      exists,
      unlocked,
      vaultId: exists ? 'v-123' : null,
      dir: '/tmp/vault',
    }),
    createVault: async () => {
      exists = true;
      return {
        vaultId: 'v',
        recoveryKey: 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX',
      };
    },
    unlock: async () => {
      unlocked = true;
      return s.vaultState();
    },
    lock: async () => {
      unlocked = false;
      return s.vaultState();
    },
    listDocuments: async () => docs.map(summary),
    getDocument: async (id: string) => docs.find((d) => d.id === id)!,
    editDocument: async (id: string) => docs.find((d) => d.id === id)!,
    pageImage: async () => new Uint8Array(png),
    pageWords: async () => ({
      n: 1,
      width: 2480,
      height: 3508,
      words: [{ text: 'zitting', x0: 300, y0: 900, x1: 520, y1: 960, confidence: 0.9 }],
    }),
    search: async () => [
      { id: 'd1', page: 1, snippet: '… voor de zitting in te dienen …', score: 1 },
      { id: 'd2', page: 2, snippet: 'ter zitting van 27 juli 2021 …', score: 0.8 },
    ],
    timeline: async () => [
      ...docs
        .filter((d) => d.date)
        .map((d) => ({
          date: d.date!,
          kind: 'document' as const,
          title: d.title,
          documentId: d.id,
          persons: ['Mila Jansen', 'Thijs Jansen'],
          documentType: d.type,
          sender: d.sender,
        })),
      {
        date: '2021-09-02',
        kind: 'huisbezoek' as const,
        title: 'Huisbezoek jeugdbeschermer',
        eventId: 'e1',
        persons: ['N. de Ruiter'],
        disputed: true,
        account: 'Het huisbezoek duurde tien minuten, niet een uur zoals in het verslag staat.',
        approximate: true,
      },
      ...events,
    ],
    addEvent: async (input: TimelineEntry) => {
      const e = { ...input, eventId: `e${events.length + 2}`, persons: input.persons ?? [] };
      events.push(e);
      return e;
    },
    editEvent: async (id: string, input: Partial<TimelineEntry>) =>
      ({ ...input, eventId: id }) as TimelineEntry,
    linkDocuments: async () => undefined,
    people: async () => people,
    organisations: async () => [
      { id: 'o1', name: 'Rechtbank Overijssel', kind: 'court', aliases: ['Rb. Overijssel'] },
      { id: 'o2', name: 'Jeugdbescherming Hanzeland', kind: 'certified-institution', aliases: [] },
    ],
    mergePersons: async () => people[2]!,
    deadlines: async () => deadlines,
    setDeadlineStatus: async (id: string) => deadlines.find((d) => d.id === id)!,
    preflight: async () => [
      { code: 'needs-review', documentId: 'd1', message: 'Dit document is nog niet nagekeken.' },
      { code: 'undated', message: '1 document heeft geen datum en staat achteraan.' },
    ],
    buildBundle: async (r: { out: string }) => ({
      file: r.out,
      pages: 9,
      producties: [
        { n: 1, documentId: 'd1', firstPage: 4, lastPage: 4 },
        { n: 2, documentId: 'd2', firstPage: 5, lastPage: 6 },
        { n: 3, documentId: 'd3', firstPage: 7, lastPage: 8 },
      ],
      sha256: 'cd'.repeat(32),
      warnings: [],
    }),
    verify: async () => ({ ok: true, documents: 4, blobs: 9, problems: [] }),
    backup: async (out: string) => ({ file: out, bytes: 12_345_678, verified: true }),
    restore: async () => ({ ok: true, documents: 4 }),
    changePassphrase: async () => ({ ok: true as const }),
    resetWithRecoveryKey: async () => ({ ok: true as const }),
    ingest: async () => [],
    cancelJob: async () => undefined,
    unlockWithRecoveryKey: async () => s.vaultState(),
    close: async () => undefined,
  };
  return s as unknown as Services;
}
