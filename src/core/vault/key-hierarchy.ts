import { hkdfSync } from 'node:crypto';

/** Keys derived from the vault master key (DESIGN.md §3). Zeroed on lock. */
export interface VaultKeys {
  db: Buffer;
  blob: Buffer;
  header: Buffer;
  backup: Buffer;
}

function derive(vmk: Buffer, vaultId: string, label: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', vmk, Buffer.from(vaultId, 'utf8'), `dossierkluis/v1/${label}`, 32),
  );
}

export function deriveVaultKeys(vmk: Buffer, vaultId: string): VaultKeys {
  return {
    db: derive(vmk, vaultId, 'db'),
    blob: derive(vmk, vaultId, 'blob'),
    header: derive(vmk, vaultId, 'header-mac'),
    backup: derive(vmk, vaultId, 'backup'),
  };
}

export function zeroKeys(keys: VaultKeys): void {
  keys.db.fill(0);
  keys.blob.fill(0);
  keys.header.fill(0);
  keys.backup.fill(0);
}
