// Issue 14: the formats a methodologist's folder really holds. Each fixture (made from our own texts by
// fixtures/make-formats.ts with LibreOffice, committed) is read as the worker reads it and its parsed
// facts are checked: date, host city, participants, reports, recommendations. RTF's two ways of
// writing Cyrillic, .odt lists and spaces, Word's field codes and table marks, and files whose name
// lies about their format are checked on small inputs written here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as CFB from 'cfb';
import { extractText } from '../../src/import/extract';
import { parseFile } from '../../src/import/parse-file';
import { rtfToText } from '../../src/import/formats/rtf';
import { odfXmlToText } from '../../src/import/formats/odt';
import { cleanWordText } from '../../src/import/formats/doc';
import { mhtmlToHtml } from '../../src/import/formats/mhtml';
import { normalisedText, textKey } from '../../src/import/text-key';
import { classifyFile } from '../../src/import/read-file';
import { EVENTS, eventByFile, eventText, type FixtureEvent } from './fixtures/formats/events';
import { encodeSingleByte } from './fixtures/import-files';
import { makeZip } from './fixtures/zip-writer';
import { warmGazetteer } from '../helpers/warm';

beforeAll(() => warmGazetteer());

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/formats/${name}`, import.meta.url))));

async function parsed(name: string, bytes: Uint8Array = fixture(name)) {
  const kind = classifyFile(name);
  if (typeof kind !== 'string' || kind === 'unsupported' || kind === 'empty' || kind === 'too-big') throw new Error(kind);
  const outcome = await parseFile(name, kind as never, bytes);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.code} ${outcome.detail ?? ''}`);
  return outcome;
}

function expectFacts(record: Awaited<ReturnType<typeof parsed>>['record'], e: FixtureEvent) {
  expect(record.date.start).toBe(e.date);
  expect(record.hostCity?.name).toBe(e.city);
  expect(record.participants.total).toBe(e.total);
  expect(record.participants.reports).toBe(e.reports);
  expect(record.recommendations).toHaveLength(e.recommendations.length);
  expect(record.recommendations[0].text).toContain(e.recommendations[0].slice(0, 40));
  expect(record.kind).toBe('seminar');
  expect(record.warnings.filter((w) => w.code === 'no-resolution')).toEqual([]);
}

describe('documents made by LibreOffice from our own texts', () => {
  it.each([['tomsk.pdf'], ['tambov.pdf'], ['vologda.doc'], ['orenburg.rtf'], ['petrozavodsk.odt'], ['kaluga.docx']])(
    '%s: date, city, participants, reports and every recommendation',
    async (name) => {
      const outcome = await parsed(name);
      expectFacts(outcome.record, eventByFile(name));
      // The original file's name is kept on the record; its text is what the evidence view shows.
      expect(outcome.record.source.file).toBe(name);
      expect(outcome.record.source.format).toBe(
        ({ pdf: 'pdf', doc: 'doc', rtf: 'rtf', odt: 'odt', docx: 'docx' } as const)[name.split('.')[1] as 'pdf'],
      );
      expect(outcome.record.text).toContain(`в ${eventByFile(name).cityIn} состоялся`);
      expect(outcome.note).toBeUndefined();
    },
  );

  it('every format gives the text of its source: the same words, lines and list items', async () => {
    for (const name of ['tomsk.pdf', 'vologda.doc', 'orenburg.rtf', 'petrozavodsk.odt', 'kaluga.docx']) {
      const { record } = await parsed(name);
      const source = eventText(eventByFile(name));
      expect(normalisedText(record.text), name).toBe(normalisedText(source));
      // Lines stay lines: the heading, the opener and each numbered item start a line of their own.
      const lines = record.text.split('\n').filter(Boolean);
      expect(lines[0], name).toBe('РЕЗОЛЮЦИЯ');
      expect(
        lines.filter((l) => /^\d\. /.test(l)),
        name,
      ).toHaveLength(eventByFile(name).recommendations.length);
    }
  });

  it('the PDF wrapped lines are joined back into one paragraph (no line break inside a sentence)', async () => {
    const { record } = await parsed('tomsk.pdf');
    const paragraph = record.text.split('\n').find((l) => l.startsWith('14 марта 2023 года'))!;
    expect(paragraph).toContain('приняли участие 86 человек — сотрудники муниципальных библиотек, музеев и школ.');
    expect(paragraph.endsWith('семейными архивами читателей.')).toBe(true);
  });

  it('the same resolution as PDF and as .docx has one normalised-text key (a duplicate), another one has its own', async () => {
    const pdf = await parsed('tomsk.pdf');
    const docx = await parsed('tomsk.docx');
    expect(pdf.record.source.sha256).not.toBe(docx.record.source.sha256);
    expect(pdf.textKey).toBe(docx.textKey);
    expect((await parsed('tambov.pdf')).textKey).not.toBe(pdf.textKey);
    // Spacing, line ends and quotes do not matter; a changed number does.
    const t = eventText(EVENTS[0]);
    expect(textKey(t.replace(/ /g, '  ').replace(/\n/g, '\r\n').replace(/«|»/g, '"'))).toBe(textKey(t));
    expect(textKey(t.replace('86 человек', '87 человек'))).not.toBe(textKey(t));
  });
});

describe('RTF', () => {
  const body = (e: FixtureEvent) => eventText(e).split('\n');

  it("Cyrillic as \\'xx bytes in Windows-1251 (\\ansicpg1251, fonts \\fcharset204), as WordPad and Word write it", async () => {
    const e = eventByFile('orenburg.rtf');
    const hex = (line: string) =>
      [...encodeSingleByte(line, 'windows-1251')]
        .map((b) => (b < 0x80 ? (b === 0x5c || b === 0x7b || b === 0x7d ? '\\' : '') + String.fromCharCode(b) : `\\'${b.toString(16)}`))
        .join('');
    const rtf =
      '{\\rtf1\\ansi\\ansicpg1251\\deff0\\deflang1049{\\fonttbl{\\f0\\fswiss\\fcharset204 Arial;}{\\f1\\fnil\\fcharset0 Calibri;}}\n' +
      '{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n' +
      body(e)
        .map((line) => `\\pard\\f0\\fs22 ${hex(line)}\\par\n`)
        .join('') +
      '}';
    const r = rtfToText(new TextEncoder().encode(rtf));
    expect(r.ok && r.text.trim()).toBe(eventText(e).trim());
    const outcome = await parsed('x.rtf', new TextEncoder().encode(rtf));
    expectFacts(outcome.record, e);
  });

  it('Cyrillic as \\uN? escapes (with \\uc1 and \\uc2 fallbacks skipped), field results kept, instructions and hidden text dropped', () => {
    const rtf =
      '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}{\\info{\\title \\u1053?\\u1077?}}' +
      '\\uc1 \\u1056?\\u1077?\\u1079?\\u1086?\\u1083?\\u1102?\\u1094?\\u1080?\\u1103?\\par ' +
      "{\\uc2 \\u1058\\'d2\\'d2\\u1086\\'ee\\'ee\\u1084\\'ec\\'ec\\u1089\\'f1\\'f1\\u1082\\'ea\\'ea}, 14\\~\\u1084?\\u1072?\\u1088?\\u1090?\\u1072?\\par " +
      '{\\field{\\*\\fldinst HYPERLINK "https://example.org"}{\\fldrslt \\u1089?\\u1072?\\u1081?\\u1090?}}{\\v \\u1089?\\u1082?\\u1088?\\u1099?\\u1090?\\u1086?}\\par ' +
      '{\\listtext 1.\\tab}\\u1055?\\u1091?\\u1085?\\u1082?\\u1090?\\par ' +
      '\\u-10179?\\u-8704? \\emdash  \\ldblquote x\\rdblquote}';
    const r = rtfToText(new TextEncoder().encode(rtf));
    expect(r).toEqual({ ok: true, text: 'Резолюция\nТомск, 14\u00a0марта\nсайт\n1. Пункт\n😀 — “x”' });
  });

  it('a file named .rtf that is not RTF is read as what it is, with a note', async () => {
    const r = await extractText('rtf', new TextEncoder().encode(eventText(EVENTS[2])));
    expect(r).toMatchObject({ ok: true, note: { code: 'read-as', detail: 'text' } });
  });
});

describe('.odt', () => {
  it('paragraphs and headings on lines, <text:s/> spaces, numbered and bulleted lists, footnotes and comments left out', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:style="s">' +
      '<office:automatic-styles><text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>' +
      '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style></office:automatic-styles>' +
      '<office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>' +
      '<text:h text:outline-level="1">РЕЗОЛЮЦИЯ</text:h>' +
      '<text:p>Участников:<text:s text:c="3"/>86<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>сноска</text:p></text:note-body></text:note>,\n   онлайн —&#160;31 &amp; ещё<office:annotation><text:p>комментарий</text:p></office:annotation></text:p>' +
      '<text:list text:style-name="L1"><text:list-item><text:p>Первый пункт</text:p></text:list-item><text:list-item><text:p>Второй<text:line-break/>пункт</text:p></text:list-item></text:list>' +
      '<text:list text:style-name="L2"><text:list-item><text:p>Маркер</text:p></text:list-item></text:list>' +
      '</office:text></office:body></office:document-content>';
    expect(odfXmlToText(xml)).toBe('РЕЗОЛЮЦИЯ\nУчастников:   86, онлайн —\u00a031 & ещё\n1. Первый пункт\n2. Второй\nпункт\n- Маркер\n');
  });

  it('a password-protected .odt is refused saying so', async () => {
    const odt = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
      {
        name: 'META-INF/manifest.xml',
        data: '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>',
      },
      { name: 'content.xml', raw: new Uint8Array([1, 2, 3, 4, 5]) },
    ]);
    expect(await extractText('odt', odt)).toEqual({ ok: false, code: 'odt-encrypted' });
  });
});

describe('Word 97 (.doc)', () => {
  it('field instructions dropped and results kept, cells as tabs and rows as lines, special hyphens', () => {
    const raw =
      'См. \x13 HYPERLINK "http://x" \x14сайт\x15 и \x13PAGE\x15.\rИтоги\x07120\x07\x07Всего\x0714\x07\x07\x0bнаучно\x1eпрактический, би\x1fблио\x01тека\x0c';
    expect(cleanWordText(raw)).toBe('См. сайт и .\nИтоги\t120\nВсего\t14\n\nнаучно-практический, библиотека\n');
  });

  it('an encrypted .doc (the FIB says so) is refused as password-protected', async () => {
    const doc = fixture('vologda.doc');
    const cfb = CFB.read(doc, { type: 'array' });
    const word = CFB.find(cfb, 'WordDocument')!;
    const content = Uint8Array.from(word.content);
    content[0x0b] |= 0x01; // fEncrypted (bit 8 of the flags at 0x0A)
    word.content = content;
    const bytes = new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    expect(await extractText('doc', bytes)).toEqual({ ok: false, code: 'doc-encrypted' });
  });

  it('a .docx saved as Word 97 (an OLE file) is read as .doc, with a note', async () => {
    const r = await extractText('docx', fixture('vologda.doc'));
    expect(r).toMatchObject({ ok: true, note: { code: 'read-as', detail: 'cfb' } });
    expect(r.ok && r.text).toContain('в Вологде состоялся');
  });

  it('a password-protected .docx (an OLE file holding EncryptionInfo and EncryptedPackage) is refused saying so', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3]));
    CFB.utils.cfb_add(
      cfb,
      'EncryptedPackage',
      new Uint8Array(4096).map((_, i) => (i * 7) & 0xff),
    );
    const bytes = new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
    expect(await extractText('docx', bytes)).toEqual({ ok: false, code: 'docx-encrypted' });
    expect(await extractText('doc', bytes)).toEqual({ ok: false, code: 'docx-encrypted' });
  });
});

describe('a .doc that is really something else', () => {
  const e = eventByFile('vologda.doc');
  const html =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' +
    '<head><meta charset="windows-1251"><title>Резолюция</title><style>p{margin:0}</style></head><body>' +
    eventText(e)
      .split('\n')
      .map((l) => `<p class=MsoNormal>${l || '&nbsp;'}</p>`)
      .join('\n') +
    '</body></html>';

  it('a web page saved as .doc (common on old sites, here in Windows-1251) is read as HTML, with a note', async () => {
    const outcome = await parsed('решение.doc', encodeSingleByte(html, 'windows-1251'));
    expectFacts(outcome.record, e);
    expect(outcome.note).toEqual({ code: 'read-as', detail: 'html' });
    expect(outcome.record.source.format).toBe('html'); // the format it was read as, not its name's
  });

  it('a "web archive" (MHTML, quoted-printable UTF-8) saved as .doc is read from its HTML part', async () => {
    const qp = [...new TextEncoder().encode(html)]
      .map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)))
      .join('')
      .replace(/(.{70})/g, '$1=\r\n');
    const mht =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n------=_NextPart_01\r\n' +
      'Content-Location: file:///C:/doc.htm\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n' +
      qp +
      '\r\n------=_NextPart_01--\r\n';
    expect(mhtmlToHtml(mht)).toBe(html);
    const outcome = await parsed('решение.doc', new TextEncoder().encode(mht));
    expectFacts(outcome.record, e);
  });

  it('an RTF saved as .doc is read as RTF, with a note', async () => {
    const outcome = await parsed('решение.doc', fixture('orenburg.rtf'));
    expect(outcome.note).toEqual({ code: 'read-as', detail: 'rtf' });
    expectFacts(outcome.record, eventByFile('orenburg.rtf'));
  });
});
