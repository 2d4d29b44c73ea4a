// Size limits of an import, and why these numbers.
//
// A conference resolution is 5–50 KB of text; the largest seed is under 10 KB. A text file over 5 MB is
// almost certainly the wrong file (a book, a log, an export of a whole site), so it is refused before a
// single byte is read, with a message saying so. Parsing is linear (≈ 0.5 s per million characters on
// a desktop, a few seconds on a slow laptop, in the worker: the page never freezes), but the preview
// highlights the whole text on the page and the store keeps it in IndexedDB, so a text is also capped
// after extraction. A .docx may be larger than its text (pictures, fonts), hence its own file limit.

const MB = 1024 * 1024;

/** .txt, .md, .html: files larger than this are refused unread. */
export const MAX_TEXT_FILE_BYTES = 5 * MB;
/** .docx (zip with pictures): files larger than this are refused unread. */
export const MAX_DOCX_FILE_BYTES = 20 * MB;
/** The extracted text: longer texts are refused (≈ 1 500 pages). */
export const MAX_TEXT_CHARS = 3_000_000;
/** A file whose reading takes longer than this is abandoned (the worker is restarted). */
export const PARSE_TIMEOUT_MS = 60_000;
