// File bytes → text → record, as the worker does it: encodings detected from the bytes, .docx through
// mammoth, bad files refused with a reason. The same parser as `npm run ingest`.
import { extractText } from '../../src/import/extract';
import { defaultGazetteer } from '../../src/lib/geo/gazetteer';
import { parseResolution } from '../../src/lib/parse/resolution';
import { MAX_TEXT_CHARS } from '../../src/import/limits';
import { encodeSingleByte, makeDocx, seed } from './fixtures/import-files';
import { warmGazetteer } from '../helpers/warm';

// The gazetteer's indexes are built on the first lookup: once here, not inside the first test's time.
beforeAll(() => warmGazetteer());

const parse = (text: string) => parseResolution(text, { file: 'x', gazetteer: defaultGazetteer });

async function textOf(kind: Parameters<typeof extractText>[0], bytes: Uint8Array) {
  const r = await extractText(kind, bytes);
  if (!r.ok) throw new Error(`not read: ${r.code} ${r.detail ?? ''}`);
  return r;
}

describe('encodings, detected from the bytes', () => {
  const text = seed(0);

  it('a seed in windows-1251 reads back and imports with 995 participants, 956 online', async () => {
    const r = await textOf('text', encodeSingleByte(text, 'windows-1251'));
    expect(r.encoding).toBe('windows-1251');
    const rec = parse(r.text);
    expect(rec.participants.total).toBe(995);
    expect(rec.participants.online).toBe(956);
    expect(rec.date.start).toBe('2021-11-10');
  });

  it('the same seed in KOI8-R and in UTF-8 with a BOM: the same facts', async () => {
    const koi = await textOf('text', encodeSingleByte(text, 'koi8-r'));
    expect(koi.encoding).toBe('koi8-r');
    expect(parse(koi.text).participants.total).toBe(995);
    const bom = await textOf('text', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(bom.encoding).toBe('utf-8');
    expect(bom.text).toBe(text.replace(/\r\n?/g, '\n'));
  });

  it('a file named .txt is decoded by content: a UTF-8 text is not taken for windows-1251', async () => {
    const r = await textOf('text', new TextEncoder().encode('Резолюция конференции'));
    expect(r).toEqual({ ok: true, text: 'Резолюция конференции', encoding: 'utf-8' });
  });

  it('the same text in two encodings gives the same record id (so the second is a duplicate)', async () => {
    const a = parse((await textOf('text', encodeSingleByte(text, 'windows-1251'))).text);
    const b = parse((await textOf('text', new TextEncoder().encode(text))).text);
    // The 1251 encoder folds characters the code page lacks; compare on a text it can hold.
    const plain = 'Резолюция. 10 ноября 2021 года в Москве состоялась конференция. Участников 120.';
    const c = parse((await textOf('text', encodeSingleByte(plain, 'windows-1251'))).text);
    const d = parse((await textOf('text', new TextEncoder().encode(plain))).text);
    expect(c.id).toBe(d.id);
    expect(c.source.sha256).toBe(d.source.sha256);
    expect(a.participants.total).toBe(b.participants.total);
  });
});

describe('bad files', () => {
  it('an empty file and a file of blanks are refused', async () => {
    expect(await extractText('text', new Uint8Array())).toMatchObject({ ok: false, code: 'decode', detail: 'Файл пуст' });
    expect(await extractText('text', new TextEncoder().encode(' \n\t\n'))).toMatchObject({ ok: false, code: 'decode' });
  });

  it('a PDF or a PNG renamed .txt is refused as not a text, naming what it looks like', async () => {
    const pdf = await extractText('text', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(pdf).toEqual({ ok: false, code: 'decode', detail: 'Это не текст: похоже на документ PDF' });
    const png = await extractText('text', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(png).toEqual({ ok: false, code: 'decode', detail: 'Это не текст: похоже на изображение PNG' });
  });

  it('a text longer than the character cap is refused with its length', async () => {
    const long = new TextEncoder().encode('а'.repeat(MAX_TEXT_CHARS + 1));
    expect(await extractText('text', long)).toEqual({ ok: false, code: 'too-long', detail: String(MAX_TEXT_CHARS + 1) });
  });

  it('HTML tags in a .txt stay as written (shown as text), but an .html file is reduced to its text', async () => {
    const bytes = new TextEncoder().encode('<script>alert(1)</script><img src=x onerror=alert(2)> Резолюция');
    expect((await textOf('text', bytes)).text).toBe('<script>alert(1)</script><img src=x onerror=alert(2)> Резолюция');
    expect((await textOf('html', bytes)).text).toBe('Резолюция');
  });

  it('an HTML page of only scripts has no text', async () => {
    expect(await extractText('html', new TextEncoder().encode('<script>alert(1)</script>'))).toEqual({ ok: false, code: 'no-text' });
  });
});

describe('.docx through mammoth', () => {
  it('a seed saved as .docx imports with the same facts: 995 participants on 10 November 2021', async () => {
    const docx = await makeDocx(seed(0));
    const r = await textOf('docx', docx);
    expect(r.encoding).toBeNull();
    expect(r.text).toContain('Общее количество участников — **995**');
    const rec = parse(r.text);
    expect(rec.participants.total).toBe(995);
    expect(rec.date.start).toBe('2021-11-10');
    expect(rec.recommendations.length).toBe(parse(seed(0)).recommendations.length);
  });

  it('a truncated .docx is refused as damaged, not crashed on', async () => {
    const docx = await makeDocx(seed(0));
    const r = await extractText('docx', docx.subarray(0, Math.floor(docx.length / 2)));
    expect(r).toMatchObject({ ok: false, code: 'docx-broken' });
  });

  it('a text file renamed .docx is refused as not a Word document', async () => {
    expect(await extractText('docx', new TextEncoder().encode('Просто текст'))).toMatchObject({ ok: false, code: 'docx-not-zip' });
  });

  it('a zip that is not a Word document is refused as damaged', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('readme.txt', 'не документ');
    const r = await extractText('docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(r).toMatchObject({ ok: false, code: 'docx-broken' });
  });
});
