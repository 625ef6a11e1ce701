// Builds .eml files for tests the way mail programs write them: multipart/mixed with a text
// body and base64 attachments, CRLF line ends, 76-character base64 lines.

export interface EmlAttachment {
  /** The raw Content-Disposition / Content-Type parameter text for the name, as written. */
  nameParams?: { disposition?: string; type?: string };
  /** Plain file name (quoted into both headers) when nameParams is not given. */
  fileName?: string;
  contentType: string;
  bytes: Uint8Array;
  disposition?: 'attachment' | 'inline';
  /** Extra header lines, e.g. Content-ID. */
  extraHeaders?: string[];
  encoding?: 'base64' | 'quoted-printable' | '8bit';
}

export interface EmlSpec {
  from: string;
  to?: string;
  date: string;
  subject: string;
  body: string;
  attachments?: EmlAttachment[];
  boundary?: string;
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

function qp(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      b >= 0x80 || b === 0x3d
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(b),
    )
    .join('');
}

export function attachmentPart(a: EmlAttachment): string {
  const encoding = a.encoding ?? 'base64';
  const dispParams = a.nameParams?.disposition ?? (a.fileName ? `filename="${a.fileName}"` : '');
  const typeParams = a.nameParams?.type ?? (a.fileName ? `name="${a.fileName}"` : '');
  const body =
    encoding === 'base64'
      ? base64Lines(a.bytes)
      : encoding === 'quoted-printable'
        ? qp(Buffer.from(a.bytes).toString('utf8'))
        : Buffer.from(a.bytes).toString('latin1');
  return [
    `Content-Type: ${a.contentType}${typeParams ? `;\r\n ${typeParams}` : ''}`,
    `Content-Disposition: ${a.disposition ?? 'attachment'}${dispParams ? `;\r\n ${dispParams}` : ''}`,
    `Content-Transfer-Encoding: ${encoding}`,
    ...(a.extraHeaders ?? []),
    '',
    body,
  ].join('\r\n');
}

export function buildEml(spec: EmlSpec): Buffer {
  const boundary = spec.boundary ?? '----=_Part_0_1234.5678';
  const head = [
    `From: ${spec.from}`,
    `To: ${spec.to ?? 'Wendy Brink <wendy.brink@ziggo.example>'}`,
    `Date: ${spec.date}`,
    `Subject: ${spec.subject}`,
    'Message-ID: <test.' + Math.abs(hash(spec.subject + spec.date)) + '@example>',
    'MIME-Version: 1.0',
  ];
  if (!spec.attachments?.length) {
    return Buffer.from(
      [
        ...head,
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        qp(spec.body),
        '',
      ].join('\r\n'),
      'latin1',
    );
  }
  const parts = [
    [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(spec.body),
    ].join('\r\n'),
    ...spec.attachments.map(attachmentPart),
  ];
  return Buffer.from(
    [
      ...head,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      ...parts.map((p) => `--${boundary}\r\n${p}`),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}
