// A "web archive" (MHTML: Word's "Веб-страница в одном файле", often renamed .doc on old sites) → its
// HTML part, decoded from quoted-printable or base64 in the part's charset. Any other text is
// returned as it is (plain HTML needs nothing).

export function mhtmlToHtml(text: string): string {
  const head = text.slice(0, 4096);
  if (!/^mime-version:/im.test(head)) return text;
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (!boundary) return text;
  const parts = text.split('--' + boundary);
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    // The line break before the next boundary belongs to the boundary.
    const body = part.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1] ?? 'utf-8';
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? '7bit';
    if (encoding !== 'quoted-printable' && encoding !== 'base64') return body;
    try {
      const bytes = encoding === 'base64' ? base64(body) : quotedPrintable(body);
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(charset);
      } catch {
        decoder = new TextDecoder('utf-8');
      }
      return decoder.decode(bytes);
    } catch {
      return body;
    }
  }
  return text;
}

function quotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  const src = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(src.slice(i + 1, i + 3))) {
      out.push(parseInt(src.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = src.charCodeAt(i);
      out.push(code < 256 ? code : 63);
    }
  }
  return Uint8Array.from(out);
}

function base64(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/=]/g, '');
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
