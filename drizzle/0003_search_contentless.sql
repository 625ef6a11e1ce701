-- Search index, second version (issue #10: p95 ≤ 20 ms with snippets on 50,000 pages).
-- * contentless (content=''): the page text is stored once, in `pages`; snippets are cut from
--   it for the top hits only (src/core/search/snippet.ts). contentless_delete=1 lets the
--   triggers delete and update by rowid alone, so the index can never disagree with a
--   changed page the way an external-content table does when a delete gets the old text wrong.
-- * rowid = pages.rowid. `pages` has no INTEGER PRIMARY KEY, so its rowids would change under
--   VACUUM: never VACUUM the vault without rebuilding this index (nothing in the app does).
-- * prefix='3 4 5': a typed word of 3+ letters also matches longer words ("aan" → "aanwijzing";
--   shorter words match only themselves, src/core/search/query.ts). Without a prefix index
--   FTS5 merges the doclists of every matching word before returning one row, which took
--   30–100 ms for short, common prefixes; with it a prefix of 3 to 5 letters is one lookup.
--   Longer prefixes match few words and stay cheap. Costs about 2.5× the index size.
-- * remove_diacritics 2, as before: "een" finds "één", "cafe" finds "café".
DROP TRIGGER IF EXISTS `pages_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `pages_fts_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `pages_fts_update`;
--> statement-breakpoint
DROP TABLE IF EXISTS `pages_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `pages_fts` USING fts5(`text`, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5');
--> statement-breakpoint
CREATE TRIGGER `pages_fts_insert` AFTER INSERT ON `pages` BEGIN
  INSERT INTO `pages_fts` (`rowid`, `text`) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `pages_fts_delete` AFTER DELETE ON `pages` BEGIN
  DELETE FROM `pages_fts` WHERE `rowid` = old.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `pages_fts_update` AFTER UPDATE OF `text` ON `pages` BEGIN
  UPDATE `pages_fts` SET `text` = new.text WHERE `rowid` = old.rowid;
END;
--> statement-breakpoint
-- An existing vault is indexed again from its pages, inside this migration's transaction.
INSERT INTO `pages_fts` (`rowid`, `text`) SELECT `rowid`, `text` FROM `pages`;
