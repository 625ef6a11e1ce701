#!/usr/bin/env node
// `npm run setup`: everything a fresh machine needs for `npm start` and `npm test` (issue #11).
// On Debian/Ubuntu it apt-installs what is missing (sudo when not root), elsewhere it says what
// to install; then it installs the npm packages. CI runs this same script (.ci/run), so the
// README's commands are what CI proves. Node built-ins only: this runs before `npm ci`.
//
//   npm run setup                  system packages for app and tests, then npm packages
//   npm run setup -- --bench       also native Tesseract with Dutch, for `npm run bench`
//   npm run setup -- --no-system   only the npm packages
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const wantBench = args.has('--bench');
const system = !args.has('--no-system');
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';

const say = (line) => process.stdout.write(`setup: ${line}\n`);
function fail(line) {
  process.stderr.write(`setup: ${line}\n`);
  process.exit(1);
}

function runs(command, commandArgs = ['--version']) {
  const r = spawnSync(command, commandArgs, { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

// Where tests/helpers/requirements.ts looks when CHROMIUM_PATH is not set.
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const hasSystemChromium = () => CHROMIUM_CANDIDATES.some((p) => existsSync(p));
const chosenChromium = process.env.CHROMIUM_PATH;
const hasChromium = () => (chosenChromium ? existsSync(chosenChromium) : hasSystemChromium());

function reportChromium() {
  if (chosenChromium && !existsSync(chosenChromium))
    say(
      `CHROMIUM_PATH=${chosenChromium} does not exist: unset it (the tests then use ${CHROMIUM_CANDIDATES[0]}) or point it at a Chromium or Chrome binary.`,
    );
  else if (!hasChromium())
    say(
      'Chromium is still not at /usr/bin/chromium (Ubuntu installs it as a snap): set CHROMIUM_PATH to a Chromium or Chrome binary for the end-to-end tests.',
    );
}

function hasDutchTesseract() {
  const r = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  return !r.error && /^nld$/m.test(`${r.stdout}${r.stderr}`);
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19))
    fail(`Node.js ${process.versions.node} is too old: install Node.js 20.19 or newer.`);
}

/** Debian package names for what is missing. */
function missingDebianPackages() {
  const need = [];
  // Chromium drives the end-to-end tests; its libraries are also the ones Electron needs.
  if (!hasSystemChromium()) need.push(aptHas('chromium') ? 'chromium' : 'chromium-browser');
  if (!hasSystemChromium() || !existsSync('/usr/share/fonts/truetype/dejavu'))
    need.push('fonts-dejavu-core');
  // python3: the passphrase-prompt test's pseudo-terminal, and node-gyp.
  if (!runs('python3')) need.push('python3');
  // The SQLCipher module is compiled when no prebuilt binary can be fetched.
  if (!runs('make') || !runs('g++')) need.push('build-essential');
  if (wantBench && !hasDutchTesseract()) need.push('tesseract-ocr', 'tesseract-ocr-nld');
  return need;
}

let aptUpdated = false;
function asRoot(command, commandArgs) {
  const root = process.getuid?.() === 0;
  if (!root && !runs('sudo'))
    fail(`not root and no sudo: run as root: ${command} ${commandArgs.join(' ')}`);
  const [cmd, cmdArgs] = root ? [command, commandArgs] : ['sudo', [command, ...commandArgs]];
  execFileSync(cmd, cmdArgs, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function aptUpdate() {
  if (aptUpdated) return;
  asRoot('apt-get', ['update', '-qq']);
  aptUpdated = true;
}

function aptHas(name) {
  aptUpdate();
  const r = spawnSync('apt-cache', ['policy', name], { encoding: 'utf8' });
  return !r.error && /Candidate: (?!\(none\))/.test(r.stdout);
}

function setupDebian() {
  const need = missingDebianPackages();
  if (need.length === 0) say('system packages: all present');
  else {
    say(`installing with apt-get: ${need.join(' ')}`);
    asRoot('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...need]);
  }
  reportChromium();
}

function adviseOther() {
  const lines = [];
  if (process.platform === 'darwin') {
    if (!runs('make') || !runs('python3'))
      lines.push('xcode-select --install    # compiler, make and python3');
    if (!hasChromium())
      lines.push(
        'brew install --cask chromium && export CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"',
      );
    if (wantBench && !hasDutchTesseract()) lines.push('brew install tesseract tesseract-lang');
  } else if (isWindows) {
    if (!runs('python')) lines.push('install Python 3 from python.org (for the SQLCipher build)');
    lines.push(
      'install "Desktop development with C++" (Visual Studio Build Tools) for the SQLCipher build',
    );
    if (!hasChromium())
      lines.push(
        'set CHROMIUM_PATH to chrome.exe (e.g. C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe)',
      );
    lines.push(
      'the pseudo-terminal test needs a Unix terminal: run `npm test` in WSL 2 (Ubuntu), where `npm run setup` installs everything',
    );
  } else {
    if (!hasChromium()) lines.push('install Chromium and set CHROMIUM_PATH to its binary');
    if (!runs('python3')) lines.push('install python3');
    if (!runs('make') || !runs('g++')) lines.push('install make and a C++ compiler');
  }
  if (lines.length === 0) say('system packages: all present');
  else {
    say(`not Debian/Ubuntu: install these yourself, then run \`npm test\`:`);
    for (const line of lines) say(`  ${line}`);
  }
}

function npmPackagesCurrent() {
  // npm writes node_modules/.package-lock.json at the end of every install.
  const installed = join(ROOT, 'node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  const at = statSync(installed).mtimeMs;
  return ['package.json', 'package-lock.json'].every(
    (file) => statSync(join(ROOT, file)).mtimeMs <= at,
  );
}

checkNode();
if (system) {
  if (process.platform === 'linux' && runs('apt-get', ['--version'])) setupDebian();
  else adviseOther();
}

if (process.env.CI || !npmPackagesCurrent()) {
  say('installing npm packages (npm ci; the SQLCipher module may be compiled, a few minutes)');
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
} else {
  say('npm packages: node_modules matches package-lock.json (run `npm ci` to reinstall)');
}
// The SQLCipher module must load in Node for tests and CLI; rebuilt here if it does not.
execFileSync(process.execPath, [join(ROOT, 'scripts', 'native-abi.mjs'), 'node'], {
  cwd: ROOT,
  stdio: 'inherit',
});
say('done: `npm start` opens the app, `npm test` runs all tests');
