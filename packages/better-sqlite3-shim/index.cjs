// drizzle-orm/better-sqlite3 imports "better-sqlite3" at module load. We only ship the
// SQLCipher-capable fork; this alias makes that import resolve to it.
module.exports = require('better-sqlite3-multiple-ciphers');
