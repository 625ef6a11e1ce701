-- Full-text search over page text (DESIGN.md §2 search/). FTS5 lives inside the SQLCipher
-- database, so the index is encrypted like everything else. remove_diacritics 2 makes
-- "een" find "één" and "cafe" find "café". Kept in sync with pages by triggers.
CREATE VIRTUAL TABLE `pages_fts` USING fts5(`text`, `document_id` UNINDEXED, `n` UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `pages_fts_insert` AFTER INSERT ON `pages` BEGIN
  INSERT INTO `pages_fts` (`rowid`, `text`, `document_id`, `n`) VALUES (new.rowid, new.text, new.document_id, new.n);
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
-- Pages stored before this migration are indexed too.
INSERT INTO `pages_fts` (`rowid`, `text`, `document_id`, `n`) SELECT `rowid`, `text`, `document_id`, `n` FROM `pages`;
