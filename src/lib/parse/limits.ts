// How far into a text each kind of statement is looked for: one place for the limits the extractors share.

/** The head of a document: its title, kind, ordinal, date line and host line stand before this many characters. */
export const HEAD_CHARS = 1500;
/** A final document's heading may stand below a cover letter: looked for this far down. */
export const HEADING_CHARS = 3000;
