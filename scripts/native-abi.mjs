#!/usr/bin/env node
// The SQLCipher module is native. `npm install` builds it for Node (tests, CLI); the desktop
// app needs it built for Electron's ABI. This switches between the two only when needed.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const target = process.argv[2];
const require = createRequire(import.meta.url);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function loadsInNode() {
  try {
    execFileSync(
      process.execPath,
      ['-e', "require('better-sqlite3-multiple-ciphers')(':memory:').close()"],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
}

if (target === 'electron') {
  const electronVersion = require('electron/package.json').version;
  execFileSync(
    npx,
    ['electron-rebuild', '-f', '-w', 'better-sqlite3-multiple-ciphers', '-v', electronVersion],
    { stdio: 'inherit' },
  );
} else if (target === 'node') {
  if (!loadsInNode())
    execFileSync('npm', ['rebuild', 'better-sqlite3-multiple-ciphers'], { stdio: 'inherit' });
} else {
  console.error('usage: native-abi.mjs electron|node');
  process.exit(2);
}
