// HTML and Markdown → text without a DOM: what the worker shows and parses, never runs.
import { decodeEntities, htmlToText, markdownToText } from '../../src/import/html-text';

describe('htmlToText', () => {
  it('keeps the words, breaks lines at blocks and list items, decodes entities', () => {
    const html = `<!doctype html><html><head><title>Заголовок окна</title><style>p{color:red}</style></head>
      <body><h1>РЕЗОЛЮЦИЯ</h1><p>Участников &mdash; <b>995</b>,&nbsp;онлайн&nbsp;956.</p>
      <ul><li>первое</li><li>второе &laquo;в кавычках&raquo;</li></ul><p>Строка<br>вторая &#1040;&#x411;</p></body></html>`;
    expect(htmlToText(html)).toBe(
      'РЕЗОЛЮЦИЯ\n\nУчастников — 995,\u00a0онлайн\u00a0956.\n\n- первое\n- второе «в кавычках»\n\nСтрока\nвторая АБ',
    );
  });

  it('drops scripts, styles, comments and event handlers: nothing of them reaches the text', () => {
    const html =
      '<p>до</p><script>alert("x")</script><img src=x onerror="alert(1)"><!-- <b>скрыто</b> --><p>после</p>' +
      '<svg><script>alert(2)</script><text>svg</text></svg><noscript>нет</noscript><template><p>шаблон</p></template>';
    const text = htmlToText(html);
    expect(text).toBe('до\n\nпосле');
    expect(text).not.toMatch(/alert|onerror|скрыто|шаблон/);
  });

  it('knows quoted ">" inside attributes and leaves a lone "<" as text', () => {
    expect(htmlToText('<a title="a>b" href=\'x>y\'>ссылка</a> 3 < 5 и 7 > 2')).toBe('ссылка 3 < 5 и 7 > 2');
    expect(htmlToText('<p>незакрытый <b')).toBe('незакрытый');
    expect(htmlToText('<SCRIPT type="text/javascript">x()</SCRIPT >текст')).toBe('текст');
  });

  it('survives an unterminated comment or script by dropping the rest, and keeps <pre> lines', () => {
    expect(htmlToText('текст<!-- без конца')).toBe('текст');
    expect(htmlToText('текст<script>while(1){}')).toBe('текст');
    expect(htmlToText('<pre>строка 1\n  строка 2</pre>')).toBe('строка 1\nстрока 2');
  });

  it('decodes numeric and named entities, leaving unknown ones and refusing invalid code points', () => {
    expect(decodeEntities('&amp;lt; &#8470; &numero; &unknown; &#0; &#xD800;')).toBe('&lt; № № &unknown; \ufffd \ufffd');
  });
});

describe('markdownToText', () => {
  it('strips heading marks, emphasis, links and images, keeps list markers for the parser', () => {
    const md =
      '# РЕЗОЛЮЦИЯ\n\nОбщее количество участников — **995**, из них *онлайн* 956.\n\n' +
      'См. [сайт РНБ](https://nlr.ru) и ![логотип](logo.png).\n\n- рекомендовать\n1. поддержать\n\n> цитата\n\n---\n\\*не курсив\\*';
    expect(markdownToText(md)).toBe(
      'РЕЗОЛЮЦИЯ\n\nОбщее количество участников — 995, из них онлайн 956.\n\nСм. сайт РНБ и логотип.\n\n- рекомендовать\n1. поддержать\n\nцитата\n\n*не курсив*',
    );
  });

  it('removes inline HTML safely, even a script spread over lines', () => {
    const md = 'Текст <b>жирный</b>\n<script>\nalert(1)\n</script>\n<img src=x onerror=alert(2)>после';
    const text = markdownToText(md);
    expect(text).toBe('Текст жирный\n\nпосле');
    expect(text).not.toMatch(/alert/);
  });

  it('keeps code spans and fence contents as text, and autolinks as addresses', () => {
    expect(markdownToText('```\nкод\n```\n`x` <https://example.org/a>')).toBe('код\n\nx https://example.org/a');
  });
});

describe('markdownToText on hostile input', () => {
  // Each of these took a minute or more per 200 KB while the patterns scanned to the end of the line from
  // every mark (quadratic); bounded spans make them a fraction of a second. The test's limit (30 s) is
  // no timing: it only stops a run that has gone quadratic again.
  it.each([
    ['unclosed links', '['],
    ['unclosed images', '!['],
    ['unclosed strong', '**a '],
    ['unclosed strike', '~~a '],
  ])('keeps the text of 200 KB of %s', (_, unit) => {
    const md = unit.repeat(Math.ceil(200_000 / unit.length)) + ' конец';
    const text = markdownToText(md);
    expect(text.endsWith('конец')).toBe(true);
    expect(text.length).toBeGreaterThan(100_000);
  });

  it('still reads a bold phrase and a link', () => {
    expect(markdownToText('**Резолюция** [семинара](http://example.org)')).toBe('Резолюция семинара');
  });
});
