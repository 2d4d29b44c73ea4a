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
/** PDF (fonts and pictures besides the text; a 300-page report is 5–50 MB): larger ones are refused unread. */
export const MAX_PDF_FILE_BYTES = 100 * MB;
/** A PDF of more pages is refused before its text is read (a resolution is 1–10 pages; a book is not one). */
export const MAX_PDF_PAGES = 2000;
/** Word 97–2003 .doc and .rtf (pictures are stored inside, in RTF as hex text): larger ones are refused unread. */
export const MAX_DOC_FILE_BYTES = 40 * MB;
/** .odt (a zip, like .docx). */
export const MAX_ODT_FILE_BYTES = 20 * MB;
/** A .zip of documents: larger archives are refused unread. */
export const MAX_ZIP_FILE_BYTES = 200 * MB;
/**
 * A .zip's entries, inflated, all together: past this the unpacking stops and the archive is refused as
 * a probable zip bomb (each entry also stops at its own format's file limit above).
 */
export const MAX_ZIP_TOTAL_BYTES = 300 * MB;
/** Entries in one archive (a folder of a thousand resolutions fits many times over). */
export const MAX_ZIP_ENTRIES = 10_000;
/** The extracted text: longer texts are refused (≈ 1 500 pages). The app's one text limit, shared with
 * the store and the restore of a backup (lib/limits.ts). */
export { MAX_TEXT_CHARS } from '../lib/limits';
/**
 * A file whose reading takes longer than this is abandoned (the worker is restarted). A PDF reports
 * each page as it is read; the clock restarts with every report, so a long document that advances is
 * never cut off, and a stuck one is.
 */
export const PARSE_TIMEOUT_MS = 60_000;
