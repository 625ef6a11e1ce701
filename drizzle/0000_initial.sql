CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`detail` text
);
--> statement-breakpoint
CREATE TABLE `blobs` (
	`id` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`chunks` integer NOT NULL,
	`sha256` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`due` text NOT NULL,
	`time` text,
	`what` text NOT NULL,
	`rule` text NOT NULL,
	`basis` text NOT NULL,
	`computed` integer DEFAULT false NOT NULL,
	`shifted_from` text,
	`note` text DEFAULT '' NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deadlines_due` ON `deadlines` (`due`);--> statement-breakpoint
CREATE TABLE `document_links` (
	`from_id` text NOT NULL,
	`to_id` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`from_id`, `to_id`, `kind`),
	FOREIGN KEY (`from_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `document_persons` (
	`document_id` text NOT NULL,
	`person_id` text NOT NULL,
	`name_as_written` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`document_id`, `person_id`, `name_as_written`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`original_blob_id` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`letter_date` text,
	`type` text DEFAULT 'other' NOT NULL,
	`sender_organisation_id` text,
	`sender_name` text,
	`sender_kind` text,
	`references` text DEFAULT '[]' NOT NULL,
	`page_count` integer NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`notes` text DEFAULT '' NOT NULL,
	`bsn` text DEFAULT '[]' NOT NULL,
	`confidence` text DEFAULT '{}' NOT NULL,
	`text_fingerprint` text,
	`possible_duplicate_of` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`original_blob_id`) REFERENCES `blobs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sender_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_date` ON `documents` (`letter_date`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`approximate` integer DEFAULT false NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`disputed` integer DEFAULT false NOT NULL,
	`account` text DEFAULT '' NOT NULL,
	`persons` text DEFAULT '[]' NOT NULL,
	`cites` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE INDEX `events_date` ON `events` (`date`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`confirmed` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `pages` (
	`document_id` text NOT NULL,
	`n` integer NOT NULL,
	`text` text NOT NULL,
	`source` text NOT NULL,
	`confidence` real NOT NULL,
	`width` real NOT NULL,
	`height` real NOT NULL,
	`rotation` integer DEFAULT 0 NOT NULL,
	`words` text DEFAULT '[]' NOT NULL,
	`image_blob_id` text,
	`image_width` integer,
	`image_height` integer,
	PRIMARY KEY(`document_id`, `n`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`image_blob_id`) REFERENCES `blobs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`organisation_id` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`merged_into` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text
);
