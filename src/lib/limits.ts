// What the app accepts from a user, wherever it comes from (a file, a backup, a correction, a link):
// one bound per thing, so an import, an edit and a restore agree on what a valid record is.

/** The longest text a document may have (≈ 1 500 pages): longer ones are refused on import and on restore. */
export const MAX_TEXT_CHARS = 3_000_000;

/** Event years the app takes (the editor's bounds; the parser reads 1900–2099). */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

/** The largest participant count a record may hold: the editor's nine digits, far below 2^53 (exact in JSON). */
export const MAX_COUNT = 999_999_999;

/** A search query or a place name read from a link: longer ones are dropped. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_PLACE_CHARS = 200;
