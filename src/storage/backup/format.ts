// The file's shapes are defined in schema/ (file.ts, session.ts); this module holds its constants.

/** The name every export file carries. */
export const FORMAT = 'netzwerk-check';
/**
 * The newest export format this app writes and reads (3: checks say where they came from, with
 * the devices' names; 2: one list per answer; 1: one object per answer).
 */
export const FORMAT_VERSION = 3;

/** How an encrypted backup file begins (its first bytes, always in this order). */
export const ENCRYPTED_HEAD = '{"format":"netzwerk-check-encrypted"';

/** Most checks one backup file holds: the import reads files up to this many. */
export const MAX_CHECKS = 50_000;

/**
 * Largest file the import accepts: room for MAX_CHECKS checks of 4 KB each. A complete KMU-Check
 * measures about 1.4 KB in the compact format and 3.4 KB in format 1, so every backup this app
 * writes fits (the export checks it), and so does an old one of as many checks.
 */
export const MAX_IMPORT_BYTES = 200 * 1048576;

/** Shortest passphrase the export takes for an encrypted backup. */
export const MIN_PASSPHRASE = 8;
