PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text,
	`event_id` text,
	`due` text NOT NULL,
	`time` text,
	`what` text NOT NULL,
	`rule` text NOT NULL,
	`basis` text NOT NULL,
	`computed` integer DEFAULT false NOT NULL,
	`shifted_from` text,
	`note` text DEFAULT '' NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_deadlines`("id", "document_id", "due", "time", "what", "rule", "basis", "computed", "shifted_from", "note", "done") SELECT "id", "document_id", "due", "time", "what", "rule", "basis", "computed", "shifted_from", "note", "done" FROM `deadlines`;--> statement-breakpoint
DROP TABLE `deadlines`;--> statement-breakpoint
ALTER TABLE `__new_deadlines` RENAME TO `deadlines`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `deadlines_due` ON `deadlines` (`due`);--> statement-breakpoint
ALTER TABLE `events` ADD `details` text;