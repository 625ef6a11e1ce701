// E-mails with attachments through the real CLI: SQLCipher vault, pdf.js, tesseract.js. The
// mail and every attachment become documents linked bijlage-bij; a hostile attachment fails
// alone. Mails are generated here (tests/helpers/eml.ts), PDFs with pdf-lib.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, SAMPLE_DOCS } from '../../helpers/cli';
import { attachmentPart, buildEml } from '../../helpers/eml';
import { tempDir } from '../../helpers/temp';

const tmp = tempDir('dk-mail-');
afterAll(tmp.cleanup);
// The parent lives in the Netherlands; the mail below was sent at 23:30 UTC.
const env = { DOSSIERKLUIS_PASSPHRASE: 'bijlagen horen erbij', TZ: 'Europe/Amsterdam' };
const vault = join(tmp.dir, 'vault');

interface Result {
  file: string;
  status: string;
  id?: string;
  error?: string;
  attachmentOf?: string;
}
interface Doc {
  id: string;
  fileName: string;
  title: string;
  date: string | null;
  type: string;
  sender: string | null;
  status: string;
}
interface Detail extends Doc {
  pages: { n: number; text: string; source: string }[];
  links: { documentId: string; kind: string; direction: string }[];
}

async function letterPdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  lines.forEach((l, i) => page.drawText(l, { x: 60, y: 780 - i * 18, size: 11, font }));
  return pdf.save();
}

/** The letterhead of a sample scan as a JPEG: real text, quick to OCR. */
async function letterheadJpeg(): Promise<Uint8Array> {
  const jpg = await sharp(join(SAMPLE_DOCS, 'scan_013.png'))
    .extract({ left: 0, top: 0, width: 2480, height: 1000 })
    .jpeg({ quality: 85 })
    .toBuffer();
  return new Uint8Array(jpg);
}

function pngBomb(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(256 * 1024))),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}

const docs = (): Doc[] => cli(['docs', '--vault', vault, '--json'], env).json as Doc[];
const show = (id: string): Detail =>
  cli(['show', id, '--vault', vault, '--json'], env).json as Detail;

let verslag: Uint8Array;
let mailId = '';

beforeAll(async () => {
  expect(cli(['init', '--vault', vault, '--json'], env).status).toBe(0);
  verslag = await letterPdf([
    'Jeugdbescherming Hanzeland',
    'Verslag van het gesprek op 9 maart 2023',
    'Aanwezig waren moeder, de jeugdbeschermer en de gedragswetenschapper.',
    'Afgesproken is dat de omgang wordt uitgebreid naar twee middagen per week.',
  ]);
});

describe('an e-mail with two PDFs and a photo', () => {
  it('gives four documents, the three attachments linked bijlage-bij to the mail', async () => {
    const beschikking = await letterPdf([
      'Rechtbank Noord-Nederland, locatie Groningen',
      'Beschikking van de kinderrechter van 1 maart 2023',
      'De kinderrechter verlengt de ondertoezichtstelling met twaalf maanden.',
    ]);
    const eml = buildEml({
      from: 'N. de Ruiter <n.deruiter@jbhanzeland.example>',
      date: 'Tue, 14 Mar 2023 23:30:00 +0000',
      subject: '=?utf-8?Q?Stukken_gesprek_=E2=80=93_9_maart?=',
      body:
        'Beste mevrouw Brink,\n\nHierbij het verslag, de beschikking en een foto van de brief.\n\n' +
        'Met vriendelijke groet,\nN. de Ruiter\nJeugdbeschermer\nJeugdbescherming Hanzeland\n',
      attachments: [
        { fileName: 'verslag.pdf', contentType: 'application/pdf', bytes: verslag },
        {
          // RFC 2231 with a non-ASCII name, as Thunderbird writes it.
          nameParams: {
            disposition: `filename*=utf-8''Beschikking%20OTS%20%C3%A9%C3%A9n.pdf`,
            type: 'name="Beschikking OTS.pdf"',
          },
          contentType: 'application/pdf',
          bytes: beschikking,
        },
        { fileName: 'brief.jpg', contentType: 'image/jpeg', bytes: await letterheadJpeg() },
      ],
    });
    const file = join(tmp.dir, 'stukken.eml');
    writeFileSync(file, eml);

    const r = cli(['ingest', file, '--vault', vault, '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const results = r.json as Result[];
    expect(results.map((x) => x.status)).toEqual(['added', 'added', 'added', 'added']);
    mailId = results[0]!.id!;
    expect(results[0]!.attachmentOf).toBeUndefined();
    expect(results.slice(1).map((x) => x.file)).toEqual([
      `${file} › verslag.pdf`,
      `${file} › Beschikking OTS één.pdf`,
      `${file} › brief.jpg`,
    ]);
    for (const a of results.slice(1)) expect(a.attachmentOf).toBe(mailId);

    const all = docs();
    expect(all).toHaveLength(4);
    const mail = all.find((d) => d.id === mailId)!;
    expect(mail.type).toBe('email');
    // 23:30 UTC on 14 March is 00:30 on 15 March in Utrecht.
    expect(mail.date).toBe('2023-03-15');
    expect(mail.sender).toMatch(/Ruiter|Hanzeland/);
    expect(mail.title).toMatch(/^Stukken gesprek . 9 maart$/);
    expect(all.map((d) => d.fileName).sort()).toEqual(
      ['Beschikking OTS één.pdf', 'brief.jpg', 'stukken.eml', 'verslag.pdf'].sort(),
    );

    const detail = show(mailId);
    const links = detail.links.filter((l) => l.kind === 'bijlage-bij');
    expect(links).toHaveLength(3);
    expect(links.every((l) => l.direction === 'from')).toBe(true);
    expect(links.map((l) => l.documentId).sort()).toEqual(
      results
        .slice(1)
        .map((x) => x.id!)
        .sort(),
    );
    expect(detail.pages[0]!.text).toContain('Bijlagen: verslag.pdf, Beschikking OTS één.pdf');

    const photo = show(results[3]!.id!);
    expect(photo.links).toEqual([{ documentId: mailId, kind: 'bijlage-bij', direction: 'to' }]);
    expect(photo.pages[0]!.source).toBe('ocr');
    expect(photo.pages[0]!.text.length).toBeGreaterThan(40);
    const pdfDoc = show(results[2]!.id!);
    expect(pdfDoc.pages[0]!.source).toBe('embedded');
    expect(pdfDoc.pages[0]!.text).toContain('ondertoezichtstelling');

    // Imported again: everything is a duplicate and nothing is added or linked twice.
    const again = cli(['ingest', file, '--vault', vault, '--json'], env).json as Result[];
    expect(again.map((x) => x.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(docs()).toHaveLength(4);
    expect(show(mailId).links).toHaveLength(3);
  }, 300_000);
});

describe('a hostile mail', () => {
  it('fails each bad attachment alone; the mail and the good ones are stored', async () => {
    expect(mailId).not.toBe('');
    const nested = buildEml({
      from: 'Raad voor de Kinderbescherming <info@rvdk.example>',
      date: 'Mon, 6 Mar 2023 09:00:00 +0100',
      subject: 'Uitnodiging gesprek',
      boundary: 'doorgestuurd-grens',
      body: 'Geachte mevrouw Brink,\n\nU wordt uitgenodigd voor een gesprek op 20 maart 2023.\n',
      attachments: [
        {
          fileName: 'uitnodiging.pdf',
          contentType: 'application/pdf',
          bytes: await letterPdf([
            'Raad voor de Kinderbescherming, regio Noord',
            'Uitnodiging voor een gesprek over het raadsonderzoek op 20 maart 2023',
            'U kunt een vertrouwenspersoon meenemen naar dit gesprek.',
          ]),
        },
      ],
    });
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      Buffer.alloc(600),
    ]);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);
    const eml = buildEml({
      from: 'Onbekend <x@example.com>',
      date: 'Wed, 15 Mar 2023 08:00:00 +0100',
      subject: 'Diverse bijlagen',
      body: 'Zie bijlagen.',
      attachments: [
        {
          fileName: 'kapot.pdf',
          contentType: 'application/pdf',
          bytes: new Uint8Array(
            Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R', 'latin1'),
          ),
        },
        // A bomb: 30000 × 30000 pixels declared in a few hundred bytes.
        { fileName: 'scan.png', contentType: 'image/png', bytes: pngBomb(30_000, 30_000) },
        { fileName: 'factuur.pdf.exe', contentType: 'application/pdf', bytes: new Uint8Array(exe) },
        { fileName: 'stukken.zip', contentType: 'application/zip', bytes: new Uint8Array(zip) },
        {
          // A huge size claimed in the header is not believed either way: the bytes decide.
          nameParams: { disposition: 'filename="verslag-kopie.pdf"; size=99999999999' },
          contentType: 'application/pdf',
          bytes: verslag,
        },
        {
          fileName: 'visitekaartje.vcf',
          contentType: 'text/vcard',
          bytes: new Uint8Array(Buffer.from('BEGIN:VCARD\r\nFN:N. de Ruiter\r\nEND:VCARD\r\n')),
        },
      ],
    })
      .toString('latin1')
      // A forwarded mail as message/rfc822, with its own attachment.
      .replace(
        /--([^\r\n]+)--\r\n$/,
        (_m, b: string) =>
          `--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n${nested.toString('latin1')}\r\n--${b}--\r\n`,
      );
    const file = join(tmp.dir, 'vreemd.eml');
    writeFileSync(file, Buffer.from(eml, 'latin1'));
    const before = docs().length;

    const r = cli(['ingest', file, '--vault', vault, '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const results = r.json as Result[];
    const by = (name: string): Result => {
      const found = results.find((x) => x.file.endsWith(`› ${name}`));
      expect(found, `${name} in ${JSON.stringify(results)}`).toBeDefined();
      return found!;
    };
    expect(results[0]).toMatchObject({ file, status: 'added' });
    const hostileMail = results[0]!.id!;
    expect(by('kapot.pdf')).toMatchObject({ status: 'failed', attachmentOf: hostileMail });
    expect(by('kapot.pdf').error).toMatch(/beschadigd/);
    expect(by('scan.png').error).toMatch(/te groot om veilig te lezen/);
    expect(by('factuur.pdf.exe').error).toMatch(/kan ‘factuur.pdf.exe’ niet lezen/);
    expect(by('stukken.zip').error).toMatch(/ZIP-archief/);
    expect(by('visitekaartje.vcf').error).toMatch(/geen PDF, foto of e-mail/);
    for (const name of ['kapot.pdf', 'scan.png', 'factuur.pdf.exe', 'stukken.zip']) {
      expect(by(name).status).toBe('failed');
      expect(by(name).error).toContain('de e-mail zelf wel');
      expect(by(name).error).not.toContain('niets aan de kluis veranderd');
      expect(by(name).error).not.toMatch(/Error:|at .*\.ts/);
    }
    // The same PDF as in the first mail: linked to this mail too, not stored again.
    const copy = by('verslag-kopie.pdf');
    expect(copy.status).toBe('duplicate');
    const firstVerslag = docs().find((d) => d.fileName === 'verslag.pdf')!;
    expect(copy.id).toBe(firstVerslag.id);
    // The forwarded mail and its own attachment, one level down.
    const forwarded = by('Uitnodiging gesprek.eml');
    expect(forwarded).toMatchObject({ status: 'added', attachmentOf: hostileMail });
    const invitation = by('uitnodiging.pdf');
    expect(invitation).toMatchObject({ status: 'added', attachmentOf: forwarded.id });
    expect(invitation.file).toBe(`${file} › Uitnodiging gesprek.eml › uitnodiging.pdf`);

    expect(docs()).toHaveLength(before + 3);
    const mailLinks = show(hostileMail).links.filter((l) => l.kind === 'bijlage-bij');
    expect(mailLinks.map((l) => l.documentId).sort()).toEqual(
      [firstVerslag.id, forwarded.id].sort(),
    );
    expect(
      show(firstVerslag.id)
        .links.map((l) => l.documentId)
        .sort(),
    ).toEqual([mailId, hostileMail].sort());
    const fwd = docs().find((d) => d.id === forwarded.id)!;
    expect(fwd).toMatchObject({ type: 'email', date: '2023-03-06' });

    // Nothing half-written: every blob belongs to a stored document, staging is empty.
    expect(cli(['verify', '--vault', vault, '--json'], env).json).toMatchObject({
      ok: true,
      documents: before + 3,
      problems: [],
    });
    const staging = join(vault, 'staging');
    expect(readdirSync(staging).length).toBe(0);

    // In English: the mail is known, the bad attachments are refused in English.
    const en = cli(['ingest', file, '--vault', vault, '--json', '--lang', 'en'], env)
      .json as Result[];
    expect(en[0]!.status).toBe('duplicate');
    const enBy = (name: string) => en.find((x) => x.file.endsWith(`› ${name}`))!;
    expect(enBy('kapot.pdf').error).toMatch(/damaged or incomplete/);
    expect(enBy('kapot.pdf').error).toContain('the e-mail itself was');
    expect(enBy('visitekaartje.vcf').error).toMatch(/not a PDF, photo or e-mail/);
    expect(docs()).toHaveLength(before + 3);
  }, 300_000);

  it('refuses mails forwarded inside mails too deep, keeping the outer ones', () => {
    let eml = buildEml({
      from: 'a@example.nl',
      date: 'Wed, 15 Mar 2023 08:00:00 +0100',
      subject: 'Laag 7',
      body: 'Binnenste bericht.',
    });
    for (let level = 6; level >= 1; level--) {
      const inner = eml.toString('latin1');
      eml = Buffer.from(
        buildEml({
          from: 'a@example.nl',
          date: 'Wed, 15 Mar 2023 08:00:00 +0100',
          subject: `Laag ${level}`,
          body: `Bericht op laag ${level}.`,
          // Each level its own boundary, as mail programs write them.
          boundary: `laag-${level}-grens`,
          attachments: [
            {
              fileName: `laag-${level + 1}.eml`,
              contentType: 'message/rfc822',
              bytes: new Uint8Array(Buffer.from(inner, 'latin1')),
              encoding: '8bit',
            },
          ],
        }).toString('latin1'),
        'latin1',
      );
    }
    const file = join(tmp.dir, 'genest.eml');
    writeFileSync(file, eml);
    const results = cli(['ingest', file, '--vault', vault, '--json'], env).json as Result[];
    expect(results.map((x) => x.status)).toEqual([
      'added',
      'added',
      'added',
      'added',
      'added',
      'added',
      'failed',
    ]);
    expect(results[6]!.error).toMatch(/te diep .* genest/);
    expect(results[6]!.file.split(' › ')).toHaveLength(7);
  }, 300_000);
});

describe('parts of a mail body that are not attachments', () => {
  it('keeps an inline logo out of the documents', () => {
    const part = attachmentPart({
      fileName: 'logo.png',
      contentType: 'image/png',
      bytes: pngBomb(10, 10),
      disposition: 'inline',
      extraHeaders: ['Content-ID: <logo@x>'],
    });
    const raw = [
      'From: info@gemeente.example',
      'Date: Thu, 16 Mar 2023 10:00:00 +0100',
      'Subject: Besluit',
      'Content-Type: multipart/related; boundary="r"',
      '',
      '--r',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Geacht college, hierbij ons besluit over de jeugdhulp.</p><img src="cid:logo@x">',
      '--r',
      part,
      '--r--',
      '',
    ].join('\r\n');
    const file = join(tmp.dir, 'logo.eml');
    writeFileSync(file, raw, 'latin1');
    const results = cli(['ingest', file, '--vault', vault, '--json'], env).json as Result[];
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('added');
  }, 120_000);
});
