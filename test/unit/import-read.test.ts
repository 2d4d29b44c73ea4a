// Which files the import takes, before reading them: by extension and size.
import { classifyFile, extensionOf, precheck } from '../../src/import/read-file';
import { MAX_DOCX_FILE_BYTES, MAX_TEXT_CHARS, MAX_TEXT_FILE_BYTES } from '../../src/import/limits';
import { formatSize } from '../../src/i18n/format';
import { backupFileName, readBackupFile } from '../../src/backup/backup-file';

describe('classifying files by name', () => {
  it('reads .txt/.md/.html/.docx in any letter case, and a file without extension as text', () => {
    expect(classifyFile('Резолюция 2021.TXT')).toBe('text');
    expect(classifyFile('notes.md')).toBe('markdown');
    expect(classifyFile('page.HTM')).toBe('html');
    expect(classifyFile('page.html')).toBe('html');
    expect(classifyFile('решение.docx')).toBe('docx');
    expect(classifyFile('README')).toBe('text');
    expect(classifyFile('.hidden')).toBe('text');
  });

  it('reads PDF, Word 97 .doc, RTF, .odt and .zip archives (issue 14); refuses formats it cannot read', () => {
    expect(classifyFile('old.doc')).toBe('doc');
    expect(classifyFile('scan.pdf')).toBe('pdf');
    expect(classifyFile('letter.rtf')).toBe('rtf');
    expect(classifyFile('writer.odt')).toBe('odt');
    expect(classifyFile('папка.ZIP')).toBe('zip');
    expect(classifyFile('photo.jpg')).toBe('unsupported');
  });

  it('takes the extension of the last dot of the base name only', () => {
    expect(extensionOf('folder.v2/file')).toBe('');
    expect(extensionOf('a.pdf.txt')).toBe('txt');
    expect(extensionOf('C:\\docs\\x.DOCX')).toBe('docx');
  });
});

describe('size limits', () => {
  it('accepts a text of exactly 5 MB and refuses one byte more, unread', () => {
    expect(MAX_TEXT_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(precheck({ name: 'a.txt', size: MAX_TEXT_FILE_BYTES })).toEqual({ ok: true, kind: 'text' });
    expect(precheck({ name: 'a.txt', size: MAX_TEXT_FILE_BYTES + 1 })).toEqual({ ok: false, code: 'too-big', limit: MAX_TEXT_FILE_BYTES });
    expect(precheck({ name: 'big.txt', size: 20 * 1024 * 1024 })).toMatchObject({ ok: false, code: 'too-big' });
  });

  it('gives .docx its own larger limit (pictures), and the text a character cap', () => {
    expect(precheck({ name: 'a.docx', size: 12 * 1024 * 1024 })).toEqual({ ok: true, kind: 'docx' });
    expect(precheck({ name: 'a.docx', size: MAX_DOCX_FILE_BYTES + 1 })).toMatchObject({
      ok: false,
      code: 'too-big',
      limit: MAX_DOCX_FILE_BYTES,
    });
    expect(MAX_TEXT_CHARS).toBe(3_000_000);
  });

  it('refuses an empty file before reading it; format reasons come before size', () => {
    expect(precheck({ name: 'empty.txt', size: 0 })).toEqual({ ok: false, code: 'empty' });
    expect(precheck({ name: 'x.jpg', size: 0 })).toEqual({ ok: false, code: 'unsupported' });
    expect(precheck({ name: 'x.pdf', size: 0 })).toEqual({ ok: false, code: 'empty' });
  });

  it('writes sizes the Russian way', () => {
    expect(formatSize(20 * 1024 * 1024)).toBe('20,0 МБ');
    expect(formatSize(5 * 1024 * 1024)).toBe('5,0 МБ');
    expect(formatSize(350 * 1024)).toBe('350 КБ');
    expect(formatSize(12)).toBe('12 байт');
    expect(formatSize(5 * 1024 * 1024, 'en')).toBe('5.0 MB');
  });
});

describe('backup files', () => {
  it('names the file by the local date, in Latin letters', () => {
    expect(backupFileName(new Date(2025, 10, 4, 23, 59))).toBe('rezolyucii-backup-2025-11-04.json');
  });

  it('reads a backup file, and refuses one over 200 MB unread', async () => {
    expect(await readBackupFile(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
    const huge = { size: 201 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readBackupFile(huge)).toEqual({ ok: false, reason: 'too-big' });
  });
});
