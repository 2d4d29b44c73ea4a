// OpenDocument text (.odt, LibreOffice and MyOffice) → text: the zip's content.xml, read with the
// limits of zip.ts (a bomb stops at the limit), its paragraphs and headings on lines of their own.
// ODF collapses runs of white space in text (spaces are written as <text:s text:c="3"/>), which is
// done here too; list items get the marker their list style gives them ("1. " or "- "), as the
// parser reads lists by their markers; footnotes, comments and deleted (tracked) text are left out.
import { decodeEntities } from '../html-text';
import { findEntry, listZip, readEntry } from './zip';

export type OdtResult = { ok: true; text: string } | { ok: false; code: 'odt-broken' | 'odt-encrypted' | 'zip-bomb'; detail?: string };

/** content.xml larger than this (inflated) is refused: a 20 MB document is mostly pictures, not text. */
export const MAX_ODT_XML_BYTES = 64 * 1024 * 1024;

const SKIP = new Set([
  'text:note',
  'office:annotation',
  'text:tracked-changes',
  'text:sequence-decls',
  'office:forms',
  'svg:desc',
  'svg:title',
  'text:bookmark-ref-placeholder',
  'office:event-listeners',
]);

export function odtToText(bytes: Uint8Array): OdtResult {
  const listing = listZip(bytes, 10_000);
  if (!listing.ok) return { ok: false, code: 'odt-broken', detail: listing.code };
  const manifest = findEntry(listing.entries, 'META-INF/manifest.xml');
  if (manifest) {
    const m = readEntry(bytes, manifest, 4 * 1024 * 1024);
    if (m.ok && new TextDecoder().decode(m.data).includes('encryption-data')) return { ok: false, code: 'odt-encrypted' };
  }
  const entry = findEntry(listing.entries, 'content.xml');
  if (!entry) return { ok: false, code: 'odt-broken', detail: 'no content.xml' };
  if (entry.encrypted) return { ok: false, code: 'odt-encrypted' };
  const content = readEntry(bytes, entry, MAX_ODT_XML_BYTES);
  // content.xml inflating past the limit: a bomb (a real document's text is far smaller).
  if (!content.ok)
    return content.code === 'too-big'
      ? { ok: false, code: 'zip-bomb', detail: content.detail }
      : { ok: false, code: 'odt-broken', detail: content.code };
  const xml = new TextDecoder('utf-8').decode(content.data);
  if (!xml.includes('<office:document-content')) return { ok: false, code: 'odt-broken', detail: 'not ODF' };
  return { ok: true, text: odfXmlToText(xml) };
}

/** Numbered list styles of the document (`text:list-style` with a number at level 1). */
function numberedListStyles(xml: string): Set<string> {
  const out = new Set<string>();
  const re = /<text:list-style\b[^>]*\bstyle:name="([^"]*)"[^>]*>([\s\S]*?)<\/text:list-style>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const first = /<text:list-level-style-(number|bullet|image)\b[^>]*text:level="1"/.exec(m[2]);
    if (first?.[1] === 'number') out.add(decodeEntities(m[1]));
  }
  return out;
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]) : null;
};

/** The body text of an ODF content.xml. */
export function odfXmlToText(xml: string): string {
  const numbered = numberedListStyles(xml);
  const body = xml.indexOf('<office:body');
  let out = '';
  let skipDepth = 0;
  let skipName = '';
  // Open lists: numbered or not, and the item counter.
  const lists: { numbered: boolean; n: number }[] = [];
  let itemStart = false;
  let paragraphDepth = 0;
  const tagRe = /<(\/?)([a-zA-Z][\w.-]*:[\w.-]+|[a-zA-Z][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  tagRe.lastIndex = body < 0 ? 0 : body;
  for (let m = tagRe.exec(xml); m; m = tagRe.exec(xml)) {
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (skipDepth > 0 || paragraphDepth === 0) continue;
      out += decodeEntities(text.replace(/[ \t\r\n]+/g, ' '));
      continue;
    }
    if (skipDepth > 0) {
      if (name === skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (!closing && SKIP.has(name)) {
      if (!selfClosing) {
        skipDepth = 1;
        skipName = name;
      }
      continue;
    }
    switch (name) {
      case 'text:list':
        if (closing) lists.pop();
        else if (!selfClosing) {
          const style = attr(attrs, 'text:style-name');
          const parent = lists[lists.length - 1];
          lists.push({ numbered: style ? numbered.has(style) : (parent?.numbered ?? false), n: 0 });
        }
        break;
      case 'text:list-item':
        if (!closing && lists.length) {
          lists[lists.length - 1].n++;
          itemStart = true;
        }
        break;
      case 'text:p':
      case 'text:h':
        if (closing) {
          paragraphDepth = Math.max(0, paragraphDepth - 1);
          out = out.replace(/ +$/, '') + '\n';
        } else {
          if (itemStart) {
            const list = lists[lists.length - 1];
            out += list.numbered ? `${list.n}. ` : '- ';
            itemStart = false;
          }
          if (selfClosing) out += '\n';
          else paragraphDepth++;
        }
        break;
      case 'text:s':
        if (!closing && paragraphDepth > 0) out += ' '.repeat(Math.min(1000, Number(attr(attrs, 'text:c') ?? 1) || 1));
        break;
      case 'text:tab':
        if (!closing && paragraphDepth > 0) out += '\t';
        break;
      case 'text:line-break':
        if (!closing && paragraphDepth > 0) out += '\n';
        break;
      default:
        break;
    }
  }
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/^ +/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '');
}
