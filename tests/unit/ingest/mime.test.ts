import { describe, expect, it } from 'vitest';
import { mailDateInstant, mailDateLocal } from '../../../src/core/ingest/mail-date';
import {
  MAX_MAIL_PARTS,
  parseHeaderValue,
  parseMail,
  type ParsedMail,
} from '../../../src/core/ingest/mime';
import { readMail } from '../../../src/core/ingest/text';
import { attachmentPart, buildEml } from '../../helpers/eml';

const bytesOf = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const names = (m: ParsedMail): string[] => m.attachments.map((a) => a.fileName);
const PDF = utf8('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

function mixed(parts: string[], boundary = 'b1'): Uint8Array {
  return bytesOf(
    [
      'From: "GI Hanzeland" <n.deruiter@jbhanzeland.example>',
      'Date: Tue, 14 Mar 2023 10:05:00 +0100',
      'Subject: Stukken',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      'preamble',
      ...parts.map((p) => `--${boundary}\r\n${p}`),
      `--${boundary}--`,
      'epilogue',
    ].join('\r\n'),
  );
}

describe('MIME structure', () => {
  it('reads multipart/mixed with a nested alternative body, two PDFs and a JPEG', () => {
    const alternative = [
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hierbij het verslag en de beschikking. Ge=EBvalueerd op 14 maart.',
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML-versie</p>',
      '--alt--',
    ].join('\r\n');
    const mail = parseMail(
      mixed([
        alternative,
        attachmentPart({ fileName: 'verslag.pdf', contentType: 'application/pdf', bytes: PDF }),
        attachmentPart({
          fileName: 'beschikking.pdf',
          contentType: 'application/octet-stream',
          bytes: utf8('%PDF-1.7 tweede'),
        }),
        attachmentPart({ fileName: 'foto.jpg', contentType: 'image/jpeg', bytes: JPEG }),
      ]),
    );
    expect(mail.from).toBe('"GI Hanzeland" <n.deruiter@jbhanzeland.example>');
    expect(mail.plain).toHaveLength(1);
    expect(mail.plain[0]).toContain('Geëvalueerd op 14 maart.');
    expect(mail.html[0]).toContain('HTML-versie');
    expect(names(mail)).toEqual(['verslag.pdf', 'beschikking.pdf', 'foto.jpg']);
    expect(Buffer.from(mail.attachments[0]!.bytes!).equals(Buffer.from(PDF))).toBe(true);
    expect(Buffer.from(mail.attachments[2]!.bytes!).equals(Buffer.from(JPEG))).toBe(true);
    expect(mail.attachments[0]!.size).toBe(PDF.length);
    expect(mail.attachments[1]!.contentType).toBe('application/octet-stream');
  });

  it('does not split at a boundary string in the middle of a line', () => {
    const mail = parseMail(
      mixed(
        [
          'Content-Type: text/plain\r\n\r\nZie ook --b1 in deze regel, dat is geen grens.',
          attachmentPart({ fileName: 'a.pdf', contentType: 'application/pdf', bytes: PDF }),
        ],
        'b1',
      ),
    );
    expect(mail.plain[0]).toBe('Zie ook --b1 in deze regel, dat is geen grens.');
    expect(names(mail)).toEqual(['a.pdf']);
  });

  it('decodes a quoted-printable attachment and keeps a part without closing delimiter', () => {
    const raw = [
      'From: a@b.nl',
      'Date: 1 Feb 2022 10:00 +0100',
      'Content-Type: multipart/mixed; boundary=x',
      '',
      '--x',
      'Content-Type: text/plain',
      '',
      'tekst',
      '--x',
      'Content-Type: application/pdf; name=brief.pdf',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '%PDF-1.4 =E9=\r\nen',
    ].join('\r\n');
    const mail = parseMail(bytesOf(raw));
    expect(names(mail)).toEqual(['brief.pdf']);
    expect(Buffer.from(mail.attachments[0]!.bytes!).toString('latin1')).toBe('%PDF-1.4 \xe9en');
  });

  it('tells inline body images from attachments (Content-Disposition and multipart/related)', () => {
    const related = [
      'Content-Type: multipart/related; boundary="rel"',
      '',
      '--rel',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Met vriendelijke groet</p><img src="cid:logo@gi">',
      '--rel',
      'Content-Type: image/png; name="logo.png"',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-ID: <logo@gi>',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--rel--',
    ].join('\r\n');
    const mail = parseMail(
      mixed([
        related,
        // Apple Mail sends attached PDFs inline; a file name makes it an attachment.
        attachmentPart({
          fileName: 'plan.pdf',
          contentType: 'application/pdf',
          bytes: PDF,
          disposition: 'inline',
        }),
        'Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: inline\r\n\r\nPS: tot dinsdag.',
        'Content-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Disposition: attachment; filename=smime.p7s\r\n\r\nMIAG',
      ]),
    );
    expect(names(mail)).toEqual(['plan.pdf']);
    expect(mail.html[0]).toContain('Met vriendelijke groet');
    expect(mail.plain).toEqual(['PS: tot dinsdag.']);
  });

  it('turns a forwarded message into an .eml attachment named by its subject', () => {
    const inner = buildEml({
      from: 'raad@rvdk.example',
      date: 'Mon, 6 Mar 2023 09:00:00 +0100',
      subject: '=?utf-8?Q?Raadsrapport_=C3=A9=C3=A9n?=',
      body: 'Het rapport volgt.',
    }).toString('latin1');
    const mail = parseMail(
      mixed([
        'Content-Type: text/plain\r\n\r\nZie doorgestuurd bericht.',
        `Content-Type: message/rfc822\r\n\r\n${inner}`,
      ]),
    );
    expect(names(mail)).toEqual(['Raadsrapport één.eml']);
    const nested = parseMail(mail.attachments[0]!.bytes!);
    expect(nested.from).toBe('raad@rvdk.example');
    expect(nested.plain[0]).toContain('Het rapport volgt.');
  });

  it('does not decode an attachment over the size limit, but reports its size', () => {
    const big = new Uint8Array(30_000).fill(0x41);
    const mail = parseMail(
      mixed([
        attachmentPart({ fileName: 'groot.pdf', contentType: 'application/pdf', bytes: big }),
      ]),
      { maxAttachmentBytes: 10_000 },
    );
    expect(mail.attachments[0]!.bytes).toBeNull();
    expect(mail.attachments[0]!.size).toBe(30_000);
  });

  it('stops reading parts past the part limit', () => {
    const parts = Array.from({ length: MAX_MAIL_PARTS + 20 }, (_, i) =>
      attachmentPart({ fileName: `p${i}.pdf`, contentType: 'application/pdf', bytes: PDF }),
    );
    const mail = parseMail(mixed(parts));
    expect(mail.skippedParts).toBeGreaterThan(0);
    // The root multipart counts as one part.
    expect(mail.attachments.length).toBe(MAX_MAIL_PARTS - 1);
  });

  it('survives hostile nesting depth', () => {
    let body = 'Content-Type: text/plain\r\n\r\ndiep';
    for (let i = 0; i < 60; i++) {
      body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}\r\n--n${i}--`;
    }
    const mail = parseMail(bytesOf(`From: a@b.nl\r\nDate: 1 Feb 2022 10:00 +0100\r\n${body}`));
    expect(mail.skippedParts).toBe(1);
    expect(mail.plain).toEqual([]);
  });
});

describe('encoded names and subjects', () => {
  it('decodes RFC 2047 B and Q words in subjects and file names', () => {
    const mail = parseMail(
      bytesOf(
        [
          'From: =?iso-8859-1?Q?Ren=E9e_de_Vries?= <renee@example.nl>',
          'Subject: =?utf-8?B?VmVyc2xhZyBvbWdhbmcg4oCTIDMwIG5vdg==?=',
          'Date: 1 Feb 2022 10:00 +0100',
          'Content-Type: multipart/mixed; boundary=z',
          '',
          '--z',
          `Content-Type: application/pdf; name="=?utf-8?B?${Buffer.from('Beschikking één.pdf').toString('base64')}?="`,
          'Content-Disposition: attachment',
          '',
          '%PDF-1.4',
          '--z',
          'Content-Type: application/pdf',
          'Content-Disposition: attachment; filename="=?iso-8859-1?Q?Verslag_ge=EBvalueerd.pdf?="',
          '',
          '%PDF-1.4',
          '--z--',
        ].join('\r\n'),
      ),
    );
    expect(mail.from).toBe('Renée de Vries <renee@example.nl>');
    expect(mail.subject).toBe('Verslag omgang – 30 nov');
    expect(names(mail)).toEqual(['Beschikking één.pdf', 'Verslag geëvalueerd.pdf']);
  });

  it('decodes RFC 2231 parameters, continuations and charsets', () => {
    expect(
      parseHeaderValue(`attachment; filename*=utf-8''Beschikking%20%C3%A9%C3%A9n.pdf`).params.get(
        'filename',
      ),
    ).toBe('Beschikking één.pdf');
    expect(
      parseHeaderValue(
        `attachment; filename*0*=iso-8859-1'nl'Rapport%20; filename*1*=R%E9n%E9e.pdf`,
      ).params.get('filename'),
    ).toBe('Rapport Rénée.pdf');
    expect(
      parseHeaderValue(
        `attachment; filename*1="deel twee.pdf"; filename*0="lange naam, "`,
      ).params.get('filename'),
    ).toBe('lange naam, deel twee.pdf');
    // The extended form wins over the plain fallback for old readers.
    expect(
      parseHeaderValue(
        `attachment; filename="fallback.pdf"; filename*=UTF-8''%E2%82%AC.pdf`,
      ).params.get('filename'),
    ).toBe('€.pdf');
    const ct = parseHeaderValue('Text/Plain; charset="utf-8"; name="a \\"b\\".txt"');
    expect(ct.value).toBe('text/plain');
    expect(ct.params.get('charset')).toBe('utf-8');
    expect(ct.params.get('name')).toBe('a "b".txt');
  });

  it('reads raw UTF-8 headers and keeps file names from escaping a folder', () => {
    const mail = parseMail(
      utf8(
        [
          'From: Jeugdbescherming Noord <info@jbn.example>',
          'Subject: Brief over één afspraak',
          'Date: 1 Feb 2022 10:00 +0100',
          'Content-Type: multipart/mixed; boundary=z',
          '',
          '--z',
          'Content-Type: application/pdf; name="../../etc/pass\u202ewd.pdf"',
          '',
          '%PDF-1.4',
          '--z--',
        ].join('\r\n'),
      ),
    );
    expect(mail.subject).toBe('Brief over één afspraak');
    expect(names(mail)).toEqual(['.._.._etc_passwd.pdf']);
  });
});

describe('the mail as a document', () => {
  it('gives the date in the parent’s time zone and lists the attachments in the text', () => {
    const eml = buildEml({
      from: 'N. de Ruiter <n.deruiter@jbhanzeland.example>',
      date: 'Tue, 14 Mar 2023 23:30:00 +0000',
      subject: 'Verslag',
      body: 'Zie bijlage.',
      attachments: [{ fileName: 'verslag.pdf', contentType: 'application/pdf', bytes: PDF }],
    });
    const read = readMail(new Uint8Array(eml), { timeZone: 'Europe/Amsterdam' });
    expect(read.facts.date).toBe('2023-03-15');
    expect(read.facts.from).toBe('N. de Ruiter <n.deruiter@jbhanzeland.example>');
    expect(read.text).toContain('Datum: 15 maart 2023 00:30');
    expect(read.text).toContain('Bijlagen: verslag.pdf');
    expect(read.attachments).toHaveLength(1);
  });
});

describe('mail dates', () => {
  const nl = (v: string) => mailDateLocal(v, 'Europe/Amsterdam');
  it('converts to the local calendar, winter and summer time', () => {
    expect(nl('Tue, 14 Mar 2023 23:30:00 +0000')).toEqual({ date: '2023-03-15', time: '00:30' });
    expect(nl('Sat, 1 Jul 2023 23:30:00 +0000')).toEqual({ date: '2023-07-02', time: '01:30' });
    expect(nl('Mon, 3 Jul 2023 00:15:00 +0200')).toEqual({ date: '2023-07-03', time: '00:15' });
    expect(nl('Thu, 30 Nov 2023 20:00:00 -0500')).toEqual({ date: '2023-12-01', time: '02:00' });
    expect(nl('3 Jan 22 08:01 GMT')).toEqual({ date: '2022-01-03', time: '09:01' });
    expect(mailDateLocal('Tue, 14 Mar 2023 23:30:00 +0000', 'UTC')?.date).toBe('2023-03-14');
  });
  it('refuses what is not a date', () => {
    expect(mailDateInstant('nonsense')).toBeNull();
    expect(mailDateInstant('31 Feb 2023 10:00 +0100')).toBeNull();
    expect(mailDateInstant('14 Foo 2023 10:00 +0100')).toBeNull();
    expect(mailDateInstant('14 Mar 2023 25:00 +0100')).toBeNull();
  });
});
