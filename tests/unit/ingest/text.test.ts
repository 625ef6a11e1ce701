import { describe, expect, it } from 'vitest';
import { normaliseWords, wordRecall } from '../../../src/core/ingest/quality';
import {
  decodeEncodedWords,
  formatMailDate,
  htmlToText,
  mailToText,
  paginateText,
} from '../../../src/core/ingest/text';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
// Mail dates are shown in the parent's time zone; pinned so the test does not depend on the machine's.
const NL = { timeZone: 'Europe/Amsterdam' };

describe('e-mail (.eml)', () => {
  it('puts sender, date and subject in the text and decodes quoted-printable', () => {
    const mail = [
      'Received: from mx.example.nl',
      'From: "N. de Ruiter" <n.deruiter@jbhanzeland.example>',
      'To: Wendy Brink <wendy@example.nl>',
      'Subject: =?UTF-8?Q?Verslag_omgang_=E2=80=93_30_nov?=',
      'Date: Tue, 30 Nov 2021 23:45:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Beste mevrouw Brink,=0A',
      'De omgang is ge=C3=ABvalueerd en verliep rustig. Dit is een lange regel die =',
      'doorloopt.',
    ].join('\r\n');
    const text = mailToText(enc(mail), NL);
    expect(text).toContain('Van: "N. de Ruiter" <n.deruiter@jbhanzeland.example>');
    expect(text).toContain('Aan: Wendy Brink <wendy@example.nl>');
    expect(text).toContain('Onderwerp: Verslag omgang – 30 nov');
    // The parent's calendar date (the same zone here), not shifted to UTC.
    expect(text).toContain('Datum: 30 november 2021 23:45');
    expect(text).toContain('geëvalueerd');
    expect(text).toContain('lange regel die doorloopt.');
    expect(text).not.toContain('Received');
  });

  it('takes the plain part of multipart/alternative, decodes base64 and lists attachments', () => {
    const b64 = Buffer.from(
      'Hierbij de uitnodiging voor de zitting van 27 juli.\n',
      'utf8',
    ).toString('base64');
    const mail = [
      'From: griffie@rechtspraak.example',
      'Date: 6 Jul 2021 09:00:00 +0200',
      'Subject: Oproep',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML versie</p>',
      '--inner--',
      '--outer',
      'Content-Type: application/pdf; name="oproep.pdf"',
      'Content-Disposition: attachment; filename="oproep.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      'JVBERi0xLjQK',
      '--outer--',
      '',
    ].join('\n');
    const text = mailToText(enc(mail), NL);
    expect(text).toContain('uitnodiging voor de zitting van 27 juli');
    expect(text).not.toContain('HTML versie');
    expect(text).toContain('Bijlagen: oproep.pdf');
    expect(text).toContain('Datum: 6 juli 2021 09:00');
  });

  it('reads an HTML-only mail as text', () => {
    const mail =
      'From: a@b.nl\nDate: 1 Feb 2022 10:00 +0100\nContent-Type: text/html; charset=iso-8859-1\n\n<html><style>p{}</style><p>Geachte ouder,</p><p>Caf&eacute; &amp; co &#8211; ok</p></html>';
    const text = mailToText(enc(mail));
    expect(text).toContain('Geachte ouder,\nCafé & co – ok');
    expect(text).not.toContain('p{}');
  });

  it('decodes encoded words and HTML entities', () => {
    expect(decodeEncodedWords('=?ISO-8859-1?Q?Ren=E9e?= =?UTF-8?B?SmFuc2Vu?=')).toBe('RenéeJansen');
    expect(htmlToText('a<br>b&nbsp;c')).toBe('a\nb c');
    expect(formatMailDate('Mon, 3 Jan 22 08:01:02 +0000')).toBe('3 januari 2022 08:01');
    expect(formatMailDate('nonsense')).toBeNull();
  });
});

describe('text pages', () => {
  it('splits at form feeds and keeps short text as one page', () => {
    expect(paginateText('een\ftwee\f')).toEqual(['een', 'twee']);
    expect(paginateText('alleen')).toEqual(['alleen']);
  });

  it('cuts long text at paragraph boundaries', () => {
    const para = `${'woord '.repeat(150).trim()}\n\n`;
    const pages = paginateText(para.repeat(20));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(6000);
    expect(pages.join(' ').split(/\s+/).filter(Boolean).length).toBe(150 * 20);
  });
});

describe('word recall', () => {
  it('normalises case and punctuation and counts words as a multiset', () => {
    expect(normaliseWords('Zaaknummer: C/16/512345, (tel.)')).toEqual([
      'zaaknummer',
      'c16512345',
      'tel',
    ]);
    expect(wordRecall('de de de kat', 'De kat')).toBe(0.5);
    expect(wordRecall('', 'iets')).toBe(1);
    expect(wordRecall('één twee', 'Één, twee!')).toBe(1);
  });
});
