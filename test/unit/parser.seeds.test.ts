// The table of expected values on the five seed texts, asserted exactly.
import { describe, expect, it } from 'vitest';
import { COUNT_FIELDS, type Resolution } from '../../src/lib/types';
import { parseSeed } from '../helpers/seeds';

type Row = [string, string, string | null, string | null, string | null, ...(number | null)[]];
// file, start, end, host, format, total, offline, online, views, reports, cities, rural, orgs, recs
const TABLE: Row[] = [
  ['000', '2021-11-10', '2021-11-10', 'Санкт-Петербург', 'hybrid', 995, 39, 956, null, 15, 108, 19, null, 8],
  ['001', '2020-11-12', '2020-11-12', 'Санкт-Петербург', 'hybrid', 535, 34, 502, 2198, 21, 124, 37, null, 7],
  ['002', '2016-11-30', '2016-11-30', 'Санкт-Петербург', null, 116, null, null, null, 17, 24, null, null, 7],
  ['003', '2015-11-10', '2015-11-10', 'Кемерово', null, 143, null, null, null, 16, null, null, 38, 5],
  ['004', '2009-03-30', '2009-03-31', 'Анжеро-Судженск', null, null, null, null, null, null, null, null, null, 8],
];

describe.each(TABLE)('seed %s', (prefix, start, end, host, format, total, offline, online, views, reports, cities, rural, orgs, recs) => {
  const r: Resolution = parseSeed(prefix);

  it('has the expected date, host and format', () => {
    expect(r.date).toEqual({ start, end });
    expect(r.year).toBe(Number(start.slice(0, 4)));
    expect(r.hostCity?.name ?? null).toBe(host);
    expect(r.format).toBe(format);
    expect(r.docType).toBe('resolution');
  });

  it('has the expected counts, nulls where the text is silent', () => {
    expect(r.participants).toEqual({
      total,
      offline,
      online,
      views,
      reports,
      cities,
      rural,
      organizations: orgs,
      regions: null,
      countries: null,
    });
  });

  it('has the expected number of recommendations, free of conversion debris', () => {
    expect(r.recommendations).toHaveLength(recs as number);
    for (const item of [...r.recommendations, ...r.considered, ...r.conclusions]) {
      expect(item.text).not.toMatch(/\[(image|bookmark)|\*\*/);
      expect(item.themes.length).toBeGreaterThan(0);
    }
    expect(r.title ?? '').not.toMatch(/[«»*[\]]/);
  });

  it('quotes every extracted value exactly', () => {
    for (const [field, s] of Object.entries(r.evidence)) {
      expect(r.text.slice(s!.start, s!.end), field).toBe(s!.quote);
    }
    for (const f of COUNT_FIELDS) {
      if (r.participants[f] !== null) expect(r.evidence[`participants.${f}`], f).toBeDefined();
    }
    for (const p of r.places) expect(r.text.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
    for (const item of r.recommendations) {
      expect(r.text.slice(item.evidence.start, item.evidence.end)).toBe(item.evidence.quote);
      for (const m of item.evidence.matches) expect(item.text.slice(m.start, m.end)).toBe(m.word);
    }
  });

  it('places every place it names', () => {
    expect(r.places.filter((p) => p.lat === null || p.lon === null)).toEqual([]);
  });
});

describe('seed details', () => {
  it('reads titles, kinds, ordinals and organizers', () => {
    const s0 = parseSeed('000');
    expect([s0.title, s0.kind, s0.ordinal]).toEqual(['Менеджмент качества в библиотеках', 'conference', 'VIII']);
    const s3 = parseSeed('003');
    expect([s3.title, s3.ordinal]).toEqual(['ТРЕНД НА МОБИЛЬНОСТЬ: ПЕРЕЗАГРУЗКА БИБЛИОГРАФИИ', 'XII']);
    expect(s3.organizer).toContain('«Кузбасские библиотеки»');
    const s4 = parseSeed('004');
    expect(s4.kind).toBe('council');
    expect(s4.title).toMatch(/^Муниципальные публичные библиотеки Кемеровской области: итоги работы в 2008 году\./);
    expect(parseSeed('002').organizer).toBe('Центральной городской публичной библиотекой им. В.В. Маяковского');
  });

  it('quotes the figures as written, bold markup and spaced thousands included', () => {
    const s1 = parseSeed('001');
    expect(s1.evidence['participants.views']?.quote).toBe('2 198 просмотров');
    expect(s1.evidence['participants.rural']?.quote).toBe('20 сел, 17 поселков');
    expect(parseSeed('000').evidence['participants.total']?.quote).toBe('995');
  });

  it('infers the host city from the host library, and says so', () => {
    expect(parseSeed('000').hostCity).toMatchObject({ name: 'Санкт-Петербург', inferred: true });
    expect(parseSeed('002').hostCity).toMatchObject({ name: 'Санкт-Петербург', inferred: false });
  });

  it('flags 34 offline + 502 online ≠ 535 in seed 001, and nothing of the kind in seed 000', () => {
    expect(parseSeed('001').warnings.find((w) => w.code === 'count-mismatch')?.message).toBe(
      'Очно 34 + онлайн 502 = 536, а всего указано 535',
    );
    expect(parseSeed('000').warnings.map((w) => w.code)).not.toContain('count-mismatch');
  });

  it('keeps considered topics and conclusions apart from recommendations', () => {
    const s2 = parseSeed('002');
    expect([s2.considered.length, s2.conclusions.length]).toEqual([8, 5]);
    expect(s2.recommendations[2].text.startsWith('Активно использовать все формы социального партнерства')).toBe(true);
    expect(parseSeed('003').conclusions).toHaveLength(3);
    expect(parseSeed('001').considered).toHaveLength(6);
  });

  it('gives the same id to the same text and another to another', () => {
    expect(parseSeed('000').id).toBe(parseSeed('000').id);
    expect(parseSeed('000').id).not.toBe(parseSeed('001').id);
    expect(parseSeed('000').id).toMatch(/^r-[0-9a-f]{16}$/);
  });
});
