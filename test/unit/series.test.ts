// Series of conferences on the five parsed seeds, and on editions written for the test: which records
// are editions of one series, in what order, which editions the ordinals say are missing, and why.
import { describe, expect, it } from 'vitest';
import data from '../../data/resolutions.json';
import { findSeries, formatRuns, numberedPhrase, ordinalNumber, organizerStems } from '../../src/lib/series';
import type { Dataset, EventKind, Resolution } from '../../src/lib/types';

const seeds = (data as unknown as Dataset).resolutions;
const seed = (prefix: string) => seeds.find((r) => r.source.file.startsWith(prefix))!;

/** An edition written for the test: "<ordinal> Всероссийская научно-практическая конференция «<title>»", organised by … */
function edition(o: {
  title: string;
  ordinal: string | null;
  year: number;
  organizer?: string;
  kind?: EventKind;
  eventWord?: string;
}): Resolution {
  const eventWord = o.eventWord ?? 'конференция';
  const head = `${o.ordinal ? `${o.ordinal} ` : ''}Всероссийская научно-практическая ${eventWord} «${o.title}»`;
  const org = o.organizer ? ` организована ${o.organizer}.` : '';
  const text = `РЕЗОЛЮЦИЯ\n${head}\n10 ноября ${o.year} года, Санкт-Петербург.${org}\nУчастники рекомендуют:\n- продолжить работу.`;
  const at = (quote: string) => ({ quote, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });
  const base = seed('001');
  return {
    ...base,
    id: `r-test${o.year}${o.ordinal ?? 'x'}${o.title.length}`,
    source: { ...base.source, file: `test-${o.year}.txt` },
    text,
    title: o.title,
    kind: o.kind ?? 'conference',
    ordinal: o.ordinal,
    organizer: o.organizer ?? null,
    year: o.year,
    date: { start: `${o.year}-11-10`, end: `${o.year}-11-10` },
    evidence: {
      title: at(o.title),
      ...(o.ordinal ? { ordinal: at(o.ordinal) } : {}),
      ...(o.organizer ? { organizer: at(o.organizer) } : {}),
    },
  };
}

describe('series on the seeds', () => {
  const index = findSeries(seeds);

  it('002 (II, 2016) and 001 (IV, 2020) are one series of the Mayakovsky library, 000 another, 003 and 004 alone', () => {
    const [s001, s002, s000] = [index.of(seed('001').id), index.of(seed('002').id), index.of(seed('000').id)];
    expect(s001?.id).toBe(s002?.id);
    expect(s001).toMatchObject({ name: 'Методическая служба', edition: 'IV' });
    expect(s002).toMatchObject({ name: 'Методическая служба', edition: 'II' });
    expect(s000).toMatchObject({ name: 'Менеджмент качества в библиотеках', edition: 'VIII' });
    expect(s000!.id).not.toBe(s001!.id);
    expect(index.of(seed('003').id)).toBeNull();
    expect(index.of(seed('004').id)).toBeNull();
    expect(index.list.map((s) => [s.name, s.editions.length])).toEqual([
      ['Методическая служба', 2],
      ['Менеджмент качества в библиотеках', 1],
    ]);
    expect(index.list.every((s) => /^s-[0-9a-f]{8}$/.test(s.id))).toBe(true);
  });

  it('lists the editions in order with the ones the ordinals say are missing', () => {
    const s = index.byId.get(index.of(seed('001').id)!.id)!;
    expect(s.editions.map((e) => [e.ordinal, e.year, e.records.map((r) => r.source.file.slice(0, 3))])).toEqual([
      ['II', 2016, ['002']],
      ['IV', 2020, ['001']],
    ]);
    expect(formatRuns(s.gaps, s.style)).toBe('III');
    expect(formatRuns(s.earlier, s.style)).toBe('I');
    expect(s.organizer?.name).toBe('Центральной городской публичной библиотекой им. В.В. Маяковского');
    const quality = index.byId.get(index.of(seed('000').id)!.id)!;
    expect(quality.gaps).toEqual([]);
    expect(formatRuns(quality.earlier, quality.style)).toBe('I–VII');
  });

  it('keeps the evidence for each match, every quote taken from the record’s own text', () => {
    const m = index.of(seed('001').id)!;
    expect(m.evidence.numbered?.quote).toBe(
      'IV Всероссийская научно-практическая конференция «Методическая служба современной публичной библиотеки',
    );
    expect(m.evidence.ordinal?.quote).toBe('IV');
    // 001 names no organiser; its text names the series' one.
    expect(m.evidence.organizer?.quote).toBe('ЦГПБ им. В. В. Маяковского');
    for (const r of seeds) {
      const ev = index.of(r.id)?.evidence;
      for (const span of Object.values(ev ?? {})) if (span) expect(r.text.slice(span.start, span.end)).toBe(span.quote);
    }
    expect(index.of(seed('002').id)!.evidence.organizer?.quote).toBe('Центральной городской публичной библиотекой им. В.В. Маяковского');
  });

  it('003: "XII-я сессия «…»" numbers a session, so its title starts no series', () => {
    expect(seed('003').ordinal).toBe('XII');
    expect(numberedPhrase(seed('003'))).toBeNull();
    expect(numberedPhrase(seed('000'))?.quote).toBe(
      'VIII Всероссийская научно-практическая конференция\nМенеджмент качества в библиотеках',
    );
  });
});

describe('series rules', () => {
  const [ii, iv] = [seed('002'), seed('001')];

  it('a third edition fills the gap; its number climbs with the years', () => {
    const iii = edition({ title: 'Методическая служба в цифровой среде', ordinal: 'III', year: 2018 });
    const s = findSeries([ii, iv, iii]);
    const series = s.byId.get(s.of(iii.id)!.id)!;
    expect(series.editions.map((e) => e.ordinal)).toEqual(['II', 'III', 'IV']);
    expect(series.gaps).toEqual([]);
  });

  it('an ordinal that does not climb with the years keeps a record out', () => {
    // III after IV, and a second IV four years later.
    for (const [ordinal, year] of [
      ['III', 2022],
      ['IV', 2024],
    ] as const) {
      const odd = edition({ title: 'Методическая служба в цифровой среде', ordinal, year });
      const s = findSeries([ii, iv, odd]);
      expect(s.of(odd.id)?.id).not.toBe(s.of(iv.id)!.id);
      expect(s.byId.get(s.of(iv.id)!.id)!.editions).toHaveLength(2);
    }
  });

  it('a title that merely shares words joins no series', () => {
    for (const title of [
      'Служба методическая: опыт регионов',
      'Современная публичная библиотека: методическая служба',
      'Методическая работа служб библиотек',
    ]) {
      const other = edition({ title, ordinal: 'III', year: 2018 });
      const s = findSeries([ii, iv, other]);
      expect(s.of(other.id)?.id, title).not.toBe(s.of(iv.id)!.id);
    }
  });

  it('another organiser, or another kind of event, is another series', () => {
    const kuzbass = edition({
      title: 'Методическая служба в цифровой среде',
      ordinal: 'III',
      year: 2018,
      organizer: 'некоммерческим партнерством «Кузбасские библиотеки»',
    });
    const seminar = edition({
      title: 'Методическая служба в цифровой среде',
      ordinal: 'III',
      year: 2018,
      kind: 'seminar',
      eventWord: 'семинар',
    });
    for (const other of [kuzbass, seminar]) {
      const s = findSeries([ii, iv, other]);
      expect(s.of(other.id)?.id).not.toBe(s.of(iv.id)!.id);
    }
    expect(organizerStems(ii.organizer)).toEqual(['маяковск']);
    expect(organizerStems('некоммерческим партнерством «Кузбасские библиотеки»')).toEqual(['кузбасск']);
  });

  it('two documents of one edition are one edition; without ordinals only the same title in other years joins', () => {
    const copy = { ...iv, id: 'r-copy', source: { ...iv.source, file: 'copy.txt' } };
    const s = findSeries([ii, iv, copy]);
    const series = s.byId.get(s.of(iv.id)!.id)!;
    expect(series.editions.map((e) => [e.ordinal, e.records.length])).toEqual([
      ['II', 1],
      ['IV', 2],
    ]);
    const a = edition({ title: 'Морозовские чтения', ordinal: null, year: 2019, kind: 'readings', eventWord: 'чтения' });
    const b = edition({ title: 'Морозовские чтения', ordinal: null, year: 2021, kind: 'readings', eventWord: 'чтения' });
    const c = edition({ title: 'Морозовские чтения о книге', ordinal: null, year: 2022, kind: 'readings', eventWord: 'чтения' });
    const t = findSeries([a, b, c]);
    expect(t.of(a.id)?.id).toBe(t.of(b.id)?.id);
    expect(t.of(c.id)).toBeNull();
    expect(t.list).toHaveLength(1);
    expect(t.list[0].editions.map((e) => e.year)).toEqual([2019, 2021]);
  });

  it('reads Roman and Arabic ordinals', () => {
    expect([ordinalNumber('IV'), ordinalNumber('XII'), ordinalNumber('9'), ordinalNumber('IIII'), ordinalNumber(null)]).toEqual([
      4,
      12,
      9,
      null,
      null,
    ]);
    expect(formatRuns([1, 2, 3, 5, 7, 8], 'roman')).toBe('I–III, V, VII, VIII');
    expect(formatRuns([4], 'arabic')).toBe('4');
  });
});
