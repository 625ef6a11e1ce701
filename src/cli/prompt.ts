import { KluisError } from '../core/errors';

/** Read a secret from the terminal without echoing it. Prompts go to stderr, never stdout. */
export function promptHidden(question: string, lang: 'nl' | 'en'): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(
      new KluisError(
        'BAD_INPUT',
        'Geen wachtwoord: zet DOSSIERKLUIS_PASSPHRASE of start de opdracht in een terminal.',
        'No passphrase: set DOSSIERKLUIS_PASSPHRASE or run the command in a terminal.',
      ),
    );
  }
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') {
          return done(
            new KluisError('CANCELLED', lang === 'en' ? 'Cancelled.' : 'Afgebroken.', 'Cancelled.'),
          );
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}
