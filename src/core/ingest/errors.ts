// Errors a parent sees when a file cannot be read. Every message says what happened, that the
// vault is untouched (ingest only analyses; the caller stores nothing on failure) and, where
// there is one, what to do next. `message` is Dutch, `messageEn` English.

export const INGEST_ERROR_CODES = [
  'EMPTY',
  'UNSUPPORTED',
  'CORRUPT',
  'PASSWORD_REQUIRED',
  'WRONG_PASSWORD',
  'TOO_LARGE',
  'TOO_MANY_PAGES',
  'TOO_MANY_PIXELS',
  'OCR_TIMEOUT',
  'OCR_FAILED',
  'CANCELLED',
  'NOT_A_DOCUMENT',
  'MAIL_TOO_DEEP',
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

/** Facts that make a message concrete. All optional; messages read well without them. */
export interface IngestErrorDetails {
  fileName?: string;
  /** 1-based page number the problem is on. */
  page?: number;
  /** The measured value (bytes, pages or pixels, by code). */
  actual?: number;
  /** The limit that was exceeded (same unit as `actual`). */
  limit?: number;
  /** Width × height in pixels of the offending page, for TOO_MANY_PIXELS. */
  width?: number;
  height?: number;
  /** A short hint about what the file seems to be (e.g. 'HEIC', 'Word'), for UNSUPPORTED. */
  detectedFormat?: string;
  /** Timeout in milliseconds, for OCR_TIMEOUT. */
  timeoutMs?: number;
}

export const SAFE_NL = 'Er is niets aan de kluis veranderd.';
export const SAFE_EN = 'Nothing in the vault was changed.';

const nlNumber = new Intl.NumberFormat('nl-NL');
const enNumber = new Intl.NumberFormat('en-GB');

function megabytes(bytes: number, fmt: Intl.NumberFormat): string {
  return `${fmt.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function fileNl(d: IngestErrorDetails): string {
  return d.fileName ? `‘${d.fileName}’` : 'dit bestand';
}
function fileEn(d: IngestErrorDetails): string {
  return d.fileName ? `‘${d.fileName}’` : 'this file';
}
function pageNl(d: IngestErrorDetails): string {
  return d.page ? `pagina ${d.page}` : 'een pagina';
}
function pageEn(d: IngestErrorDetails): string {
  return d.page ? `page ${d.page}` : 'a page';
}

// Conversions that a parent can do themselves, keyed by `detectedFormat`.
const FORMAT_HINT_NL: Record<string, string> = {
  HEIC: 'Dit is een iPhone-foto (HEIC). Stel de camera in op "Meest compatibel" of deel de foto als JPEG.',
  Word: 'Dit is een Word-document. Sla het op als PDF (Bestand > Opslaan als > PDF) en voeg die toe.',
  ZIP: 'Dit is een ZIP-archief. Pak het eerst uit en voeg de bestanden los toe.',
  GIF: 'GIF-afbeeldingen worden niet gelezen. Sla de afbeelding op als PNG of JPEG.',
  BMP: 'BMP-afbeeldingen worden niet gelezen. Sla de afbeelding op als PNG of JPEG.',
  Outlook: 'Dit is een Outlook-bericht (.msg). Sla de e-mail op als PDF of als .eml.',
};
const FORMAT_HINT_EN: Record<string, string> = {
  HEIC: 'This is an iPhone photo (HEIC). Set the camera to "Most Compatible" or share it as JPEG.',
  Word: 'This is a Word document. Save it as PDF (File > Save as > PDF) and add that.',
  ZIP: 'This is a ZIP archive. Unpack it first and add the files one by one.',
  GIF: 'GIF images are not read. Save the image as PNG or JPEG.',
  BMP: 'BMP images are not read. Save the image as PNG or JPEG.',
  Outlook: 'This is an Outlook message (.msg). Save the e-mail as PDF or as .eml.',
};

function messages(code: IngestErrorCode, d: IngestErrorDetails): { nl: string; en: string } {
  switch (code) {
    case 'EMPTY':
      return {
        nl: `Het bestand ${fileNl(d)} is leeg (0 bytes) en is overgeslagen. ${SAFE_NL}`,
        en: `The file ${fileEn(d)} is empty (0 bytes) and was skipped. ${SAFE_EN}`,
      };
    case 'UNSUPPORTED': {
      const hintNl = d.detectedFormat ? FORMAT_HINT_NL[d.detectedFormat] : undefined;
      const hintEn = d.detectedFormat ? FORMAT_HINT_EN[d.detectedFormat] : undefined;
      return {
        nl:
          `Dossierkluis kan ${fileNl(d)} niet lezen: het is geen PDF, foto (JPEG, PNG, TIFF, ` +
          `WebP), tekstbestand of e-mail (.eml), wat de bestandsnaam ook zegt. ` +
          `${hintNl ? `${hintNl} ` : ''}${SAFE_NL}`,
        en:
          `Dossierkluis cannot read ${fileEn(d)}: it is not a PDF, photo (JPEG, PNG, TIFF, WebP), ` +
          `text file or e-mail (.eml), whatever its name says. ` +
          `${hintEn ? `${hintEn} ` : ''}${SAFE_EN}`,
      };
    }
    case 'CORRUPT':
      return {
        nl:
          `Het bestand ${fileNl(d)} is beschadigd of onvolledig en kan niet worden gelezen. ` +
          `Download of scan het opnieuw en probeer het nog eens. ${SAFE_NL}`,
        en:
          `The file ${fileEn(d)} is damaged or incomplete and cannot be read. ` +
          `Download or scan it again and retry. ${SAFE_EN}`,
      };
    case 'PASSWORD_REQUIRED':
      return {
        nl:
          `De PDF ${fileNl(d)} is beveiligd met een wachtwoord. Vul het wachtwoord in ` +
          `(op de opdrachtregel met de optie --password) en voeg het bestand opnieuw toe. ` +
          `Het wachtwoord staat vaak in een aparte brief of e-mail van de afzender. ${SAFE_NL}`,
        en:
          `The PDF ${fileEn(d)} is protected with a password. Enter the password ` +
          `(on the command line with the --password option) and add the file again. ` +
          `The sender often gives the password in a separate letter or e-mail. ${SAFE_EN}`,
      };
    case 'WRONG_PASSWORD':
      return {
        nl:
          `Het wachtwoord voor de PDF ${fileNl(d)} klopt niet. Controleer het wachtwoord ` +
          `(hoofdletters tellen mee) en probeer het opnieuw, op de opdrachtregel met de optie ` +
          `--password. ${SAFE_NL}`,
        en:
          `The password for the PDF ${fileEn(d)} is not correct. Check the password (it is ` +
          `case-sensitive) and try again, on the command line with the --password option. ${SAFE_EN}`,
      };
    case 'TOO_LARGE':
      return {
        nl:
          `Het bestand ${fileNl(d)} is te groot` +
          (d.actual !== undefined && d.limit !== undefined
            ? ` (${megabytes(d.actual, nlNumber)}; de grens is ${megabytes(d.limit, nlNumber)})`
            : '') +
          `. Splits het bestand in kleinere delen en voeg die los toe. ${SAFE_NL}`,
        en:
          `The file ${fileEn(d)} is too large` +
          (d.actual !== undefined && d.limit !== undefined
            ? ` (${megabytes(d.actual, enNumber)}; the limit is ${megabytes(d.limit, enNumber)})`
            : '') +
          `. Split it into smaller parts and add those separately. ${SAFE_EN}`,
      };
    case 'TOO_MANY_PAGES':
      return {
        nl:
          `Het bestand ${fileNl(d)} heeft te veel pagina's` +
          (d.actual !== undefined && d.limit !== undefined
            ? ` (${d.actual > d.limit ? `meer dan ${nlNumber.format(d.limit)}` : nlNumber.format(d.actual)}; de grens is ${nlNumber.format(d.limit)})`
            : '') +
          `. Splits het in kleinere delen en voeg die los toe. ${SAFE_NL}`,
        en:
          `The file ${fileEn(d)} has too many pages` +
          (d.actual !== undefined && d.limit !== undefined
            ? ` (${d.actual > d.limit ? `more than ${enNumber.format(d.limit)}` : enNumber.format(d.actual)}; the limit is ${enNumber.format(d.limit)})`
            : '') +
          `. Split it into smaller parts and add those separately. ${SAFE_EN}`,
      };
    case 'TOO_MANY_PIXELS': {
      const size =
        d.width !== undefined && d.height !== undefined
          ? `${nlNumber.format(d.width)} × ${nlNumber.format(d.height)} beeldpunten`
          : undefined;
      const sizeEn =
        d.width !== undefined && d.height !== undefined
          ? `${enNumber.format(d.width)} × ${enNumber.format(d.height)} pixels`
          : undefined;
      const limitNl =
        d.limit !== undefined ? `de grens is ${nlNumber.format(d.limit / 1e6)} miljoen` : undefined;
      const limitEn =
        d.limit !== undefined
          ? `the limit is ${enNumber.format(d.limit / 1e6)} million`
          : undefined;
      return {
        nl:
          `${capitalise(pageNl(d))} van ${fileNl(d)} is te groot om veilig te lezen` +
          (size || limitNl ? ` (${[size, limitNl].filter(Boolean).join('; ')})` : '') +
          `. Zo'n bestand is meestal beschadigd of met opzet gemaakt om programma's te laten ` +
          `vastlopen; het is niet geopend. Scan of fotografeer de brief opnieuw. ${SAFE_NL}`,
        en:
          `${capitalise(pageEn(d))} of ${fileEn(d)} is too large to read safely` +
          (sizeEn || limitEn ? ` (${[sizeEn, limitEn].filter(Boolean).join('; ')})` : '') +
          `. Such a file is usually damaged or made on purpose to make programs hang; it was ` +
          `not opened. Scan or photograph the letter again. ${SAFE_EN}`,
      };
    }
    case 'OCR_TIMEOUT': {
      const secs = d.timeoutMs !== undefined ? Math.round(d.timeoutMs / 1000) : undefined;
      return {
        nl:
          `Het lezen van de tekst op ${pageNl(d)} van ${fileNl(d)} duurde te lang` +
          (secs !== undefined ? ` (meer dan ${secs} seconden)` : '') +
          ` en is gestopt. Probeer het opnieuw, of scan de pagina opnieuw met een ` +
          `gewone resolutie (300 dpi). ${SAFE_NL}`,
        en:
          `Reading the text on ${pageEn(d)} of ${fileEn(d)} took too long` +
          (secs !== undefined ? ` (more than ${secs} seconds)` : '') +
          ` and was stopped. Try again, or rescan the page at a normal resolution (300 dpi). ${SAFE_EN}`,
      };
    }
    case 'OCR_FAILED':
      return {
        nl:
          `De tekstherkenning is mislukt op ${pageNl(d)} van ${fileNl(d)}. ` +
          `Probeer het opnieuw; lukt het weer niet, scan of fotografeer de brief opnieuw. ${SAFE_NL}`,
        en:
          `Text recognition failed on ${pageEn(d)} of ${fileEn(d)}. ` +
          `Try again; if it fails again, scan or photograph the letter again. ${SAFE_EN}`,
      };
    case 'NOT_A_DOCUMENT':
      return {
        nl:
          `De bijlage ${fileNl(d)} is geen PDF, foto of e-mail (maar bijvoorbeeld een agenda-` +
          `uitnodiging, visitekaartje of tekstbestand) en is niet als apart document opgeslagen. ` +
          `Is het toch een brief? Sla die op als PDF en voeg die los toe. ${SAFE_NL}`,
        en:
          `The attachment ${fileEn(d)} is not a PDF, photo or e-mail (but, for instance, a ` +
          `calendar invitation, contact card or text file) and was not stored as a document ` +
          `of its own. Is it a letter after all? Save it as PDF and add that separately. ${SAFE_EN}`,
      };
    case 'MAIL_TOO_DEEP':
      return {
        nl:
          `De doorgestuurde e-mail ${fileNl(d)} zit te diep in andere e-mails genest` +
          (d.limit !== undefined ? ` (meer dan ${d.limit} lagen)` : '') +
          ` en is niet gelezen. Sla die e-mail los op als .eml of PDF en voeg hem apart toe. ` +
          `${SAFE_NL}`,
        en:
          `The forwarded e-mail ${fileEn(d)} is nested too deeply inside other e-mails` +
          (d.limit !== undefined ? ` (more than ${d.limit} levels)` : '') +
          ` and was not read. Save that e-mail on its own as .eml or PDF and add it separately. ` +
          `${SAFE_EN}`,
      };
    case 'CANCELLED':
      return {
        nl: `Het inlezen van ${fileNl(d)} is op uw verzoek gestopt. ${SAFE_NL}`,
        en: `Reading ${fileEn(d)} was stopped at your request. ${SAFE_EN}`,
      };
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Why a file could not be analysed. Thrown by `analyseFile`; the caller turns it into a
 * `failed` result for that one file and goes on with the batch.
 */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  /** The same message in English (`message` is Dutch). */
  readonly messageEn: string;
  readonly details: IngestErrorDetails;

  constructor(
    code: IngestErrorCode,
    details: IngestErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    const { nl, en } = messages(code, details);
    super(nl, options);
    this.name = 'IngestError';
    this.code = code;
    this.messageEn = en;
    this.details = details;
  }

  /** A copy that names the file, for errors raised where the file name was not known. */
  withDetails(extra: IngestErrorDetails): IngestError {
    return new IngestError(this.code, { ...this.details, ...extra }, { cause: this.cause });
  }

  toJSON(): { code: IngestErrorCode; message: string; messageEn: string } {
    return { code: this.code, message: this.message, messageEn: this.messageEn };
  }
}

export function isIngestError(err: unknown): err is IngestError {
  return err instanceof IngestError;
}
