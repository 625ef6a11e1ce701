// Child process for the crash test: change the passphrase and SIGKILL ourselves right after
// the given step, as a power cut or a killed process would.
import { rewrapPassphrase, type RewrapStep } from '../../src/core/vault/vault';

const [dir, oldPass, newPass, killAt] = process.argv.slice(2) as [
  string,
  string,
  string,
  RewrapStep,
];
await rewrapPassphrase(dir, { passphrase: oldPass }, newPass, (step) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
});
