// PDF → text, with pdf.js (the `unpdf/pdfjs` build: the whole of pdf.js in one module, its "worker"
// part running in this thread, which is already the import's worker). Imported only when a PDF
// arrives. Nothing is fetched: no worker file, no CMaps or standard fonts (the text of Cyrillic PDFs
// comes from their fonts' ToUnicode tables and encodings, which are inside the file).
// Pages are read one at a time, with progress after each, and handed to the layout (pdf-layout.ts).
import { MAX_PDF_PAGES } from '../limits';
import { layoutPages, type PageRuns } from './pdf-layout';
import { findAscii } from './sniff';

export type PdfResult =
  | { ok: true; text: string; pages: number; emptyPages: number }
  | { ok: false; code: 'pdf-encrypted' | 'pdf-broken' | 'pdf-truncated' | 'pdf-no-text' | 'pdf-too-many-pages'; detail?: string };

export type Progress = (done: number, total: number) => void;

/** A PDF ends with "%%EOF" (in its last kilobyte, by the spec; a little slack for trailing junk). */
export function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Math.max(0, bytes.length - 4096);
  return findAscii(bytes, '%%EOF', tail) < 0;
}

/** Letters and digits: fewer than this in the whole document means there is no text layer. */
const MIN_TEXT = 20;

export async function pdfToText(bytes: Uint8Array, onProgress?: Progress): Promise<PdfResult> {
  if (looksTruncated(bytes)) return { ok: false, code: 'pdf-truncated' };
  const pdfjs = await import('unpdf/pdfjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given: give it a copy.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') return { ok: false, code: 'pdf-encrypted' };
    return { ok: false, code: 'pdf-broken', detail: err instanceof Error ? err.message : String(err) };
  }
  try {
    const total = doc.numPages;
    if (total > MAX_PDF_PAGES) return { ok: false, code: 'pdf-too-many-pages', detail: String(total) };
    const pages: PageRuns[] = [];
    for (let n = 1; n <= total; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Upright text only; rotated runs (stamps, margins) are kept in place as well as they can be.
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
        runs.push({ str: item.str, x: e - x0, y: f - y0, w: item.width, size });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      page.cleanup();
      onProgress?.(n, total);
    }
    const { text, emptyPages } = layoutPages(pages);
    if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_TEXT) return { ok: false, code: 'pdf-no-text', detail: String(total) };
    return { ok: true, text, pages: total, emptyPages };
  } catch (err) {
    return { ok: false, code: 'pdf-broken', detail: err instanceof Error ? err.message : String(err) };
  } finally {
    await task.destroy();
  }
}
