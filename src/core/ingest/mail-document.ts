// An e-mail's document facts come from its headers, not from guessing over the text: the type
// is `email`, the date is the Date header (in the parent's time zone, see mail-date.ts) and the
// sender is read from the From line, which readMail puts first in the text as "Van:".
import type { Extraction } from '../extract';
import { extractStatedDeadlines, suggestTitle } from '../extract';
import type { MailFacts } from './text';

// The same bar as extractAll's: below it the parent is asked to look at the sender.
const MIN_SENDER = 0.5;

export function asMail(extraction: Extraction, facts: MailFacts, pages: string[]): Extraction {
  const text = pages.join('\f');
  const date = facts.date ? { value: facts.date, confidence: 1 } : extraction.date;
  const senderConfidence = extraction.sender?.confidence ?? 0;
  return {
    ...extraction,
    type: { value: 'email', confidence: 1 },
    date,
    // Terms stated in the mail ("binnen twee weken") count from the mail's own date.
    deadlines: date ? extractStatedDeadlines(text, date.value) : extraction.deadlines,
    title: suggestTitle(text, 'email'),
    needsReview: !date || senderConfidence < MIN_SENDER,
    confidence: {
      ...extraction.confidence,
      date: date?.confidence ?? 0,
      type: 1,
    },
  };
}
