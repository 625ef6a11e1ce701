import type { Db } from '../connection';
import { auditLog } from '../schema';

/** Append-only record of changes (DESIGN.md §4). Never holds document text, only ids and fields. */
export function audit(
  db: Db,
  action: string,
  entity: string,
  entityId: string | null,
  detail?: Record<string, unknown>,
): void {
  db.insert(auditLog)
    .values({ action, entity, entityId, detail: detail ?? null })
    .run();
}
