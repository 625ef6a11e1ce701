// A rough, offline estimate of how hard a passphrase is to guess. It only has to steer a parent
// away from "welkom123" towards a sentence of their own; the vault's scrypt does the rest.

export type Strength = 0 | 1 | 2 | 3 | 4;

// Frequent choices that add almost nothing, Dutch and English.
const COMMON = [
  'wachtwoord',
  'password',
  'welkom',
  'welcome',
  'geheim',
  'qwerty',
  'azerty',
  'letmein',
  'iloveyou',
  'admin',
  'dossier',
  'kluis',
  'jeugdzorg',
  'mama',
  'papa',
];

function poolSize(text: string): number {
  let pool = 0;
  if (/[a-z]/.test(text)) pool += 26;
  if (/[A-Z]/.test(text)) pool += 26;
  if (/[0-9]/.test(text)) pool += 10;
  if (/[^a-zA-Z0-9\s]/.test(text)) pool += 20;
  if (/\s/.test(text)) pool += 1;
  return Math.max(pool, 1);
}

/** Estimated bits of entropy, with penalties for repeats, sequences and common words. */
export function estimateBits(passphrase: string): number {
  if (passphrase.length === 0) return 0;
  let effective = passphrase.toLowerCase();
  for (const word of COMMON) effective = effective.split(word).join('§');
  effective = effective.replace(/(.)\1{2,}/g, '$1'); // aaaa
  effective = effective.replace(/(0123|1234|2345|3456|4567|5678|6789|abcd|bcde)+/g, '#');
  const characterBits = effective.length * Math.log2(poolSize(passphrase));
  // Several ordinary words are worth more than their letters suggest to a guesser who does
  // not know the words, and less than a random string: ~11 bits each (a large word list).
  const words = passphrase.split(/\s+/).filter((w) => w.length >= 3).length;
  const wordBits = words >= 3 ? words * 11 : 0;
  return Math.max(characterBits * 0.75, wordBits);
}

export function strengthOf(passphrase: string): Strength {
  const bits = estimateBits(passphrase);
  if (passphrase.length < 8 || bits < 28) return 0;
  if (bits < 40) return 1;
  if (bits < 55) return 2;
  if (bits < 75) return 3;
  return 4;
}

export const MIN_LENGTH = 10;
export const MIN_STRENGTH: Strength = 2;

export const isAcceptable = (passphrase: string): boolean =>
  passphrase.length >= MIN_LENGTH && strengthOf(passphrase) >= MIN_STRENGTH;
