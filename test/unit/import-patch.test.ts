// Corrections by hand: the form, the patch it makes, the fields marked as edited, evidence kept.
import 'fake-indexeddb/auto';
import { applyPatch, buildPatch, formFromRecord, parseCount, parseDateInput, showDate } from '../../src/edit/patch';
import { findCity } from '../../src/import/parse-file';
import { defaultGazetteer } from '../../src/lib/geo/gazetteer';
import { parseResolution } from '../../src/lib/parse/resolution';
import { getResolution, openDb, putImported, updateResolution } from '../../src/lib/store';
import { ResolutionSchema } from '../../src/lib/store/validate';
import * as v from 'valibot';
import { seed } from './fixtures/import-files';
import { warmGazetteer } from '../helpers/warm';

// The gazetteer's indexes are built on the first lookup: once here, not inside the first test's time.
beforeAll(() => warmGazetteer());

const record = () => parseResolution(seed(0), { file: '000.txt', gazetteer: defaultGazetteer });

describe('typed values', () => {
  it('reads dates as a Russian reader types them, refuses impossible ones', () => {
    expect(parseDateInput('10.11.2021')).toBe('2021-11-10');
    expect(parseDateInput(' 1.3.2009 г.')).toBe('2009-03-01');
    expect(parseDateInput('2021-11-10')).toBe('2021-11-10');
    expect(parseDateInput('11.2021')).toBe('2021-11');
    expect(parseDateInput('2021-11')).toBe('2021-11');
    expect(parseDateInput('2021')).toBe('2021');
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('31.02.2021')).toBe('invalid');
    expect(parseDateInput('29.02.2024')).toBe('2024-02-29');
    expect(parseDateInput('10 ноября')).toBe('invalid');
    expect(parseDateInput('1700')).toBe('invalid');
    expect(showDate('2021-11-10')).toBe('10.11.2021');
    expect(showDate('2021-11')).toBe('11.2021');
    expect(showDate(null)).toBe('');
  });

  it('reads counts with thousands separators; anything else is an error', () => {
    expect(parseCount('2 198')).toBe(2198);
    expect(parseCount('2\u00a0198')).toBe(2198);
    expect(parseCount(' ')).toBeNull();
    expect(parseCount('-5')).toBe('invalid');
    expect(parseCount('около 100')).toBe('invalid');
    expect(parseCount('1.5')).toBe('invalid');
  });
});

describe('buildPatch', () => {
  it('an untouched form changes nothing', () => {
    const r = record();
    expect(buildPatch(r, formFromRecord(r))).toEqual({ patch: {}, edited: [], errors: {} });
  });

  it('a corrected count is patched, marked edited, loses its qualifier and keeps its quote', () => {
    const r = record();
    expect(r.participants.total).toBe(995);
    const form = formFromRecord(r);
    form.counts.total = '1 000';
    const { patch, edited, errors } = buildPatch(r, form);
    expect(errors).toEqual({});
    expect(edited).toEqual(['participants.total']);
    expect(patch.participants?.total).toBe(1000);
    expect(patch.participants?.online).toBe(956);
    expect(patch.evidence).toBeUndefined();
    const next = applyPatch(r, patch);
    expect(next.evidence['participants.total']).toEqual(r.evidence['participants.total']);
    expect(next.evidence['participants.total']?.quote).toContain('995');
  });

  it('corrects date, title, kind, type, format and host city together; year follows the date', () => {
    const r = record();
    const form = formFromRecord(r);
    Object.assign(form, {
      dateStart: '30.03.2009',
      dateEnd: '31.03.2009',
      title: '  Новое название ',
      kind: 'forum',
      docType: 'report',
      format: 'online',
    });
    form.hostCity = 'Кемерово';
    form.hostCityPlace = findCity('кемерово');
    const { patch, edited } = buildPatch(r, form);
    expect(edited.sort()).toEqual(['date', 'docType', 'format', 'hostCity', 'kind', 'title']);
    expect(patch.date).toEqual({ start: '2009-03-30', end: '2009-03-31' });
    expect(patch.year).toBe(2009);
    expect(patch.title).toBe('Новое название');
    expect(patch.hostCity).toMatchObject({ name: 'Кемерово', regionCode: 'RU-KEM', country: 'RU', role: 'host', inferred: false });
    expect(patch.hostCity?.lat).toBeCloseTo(55.33, 1);
    // The host is also the host entry of `places` (the map reads those), in the same position.
    const hostIndex = r.places.findIndex((p) => p.role === 'host');
    expect(patch.places?.filter((p) => p.role === 'host')).toHaveLength(1);
    if (hostIndex >= 0) expect(patch.places?.[hostIndex].name).toBe('Кемерово');
    // The corrected record is still a valid stored document (spans inside the text, vocabularies).
    expect(v.safeParse(ResolutionSchema, applyPatch(r, patch)).success).toBe(true);
  });

  it('a city not in the gazetteer is kept by name, without coordinates', () => {
    const r = record();
    const form = formFromRecord(r);
    form.hostCity = 'Новосветловка-на-Оби';
    form.hostCityPlace = findCity('Новосветловка-на-Оби');
    expect(form.hostCityPlace).toBeNull();
    const { patch } = buildPatch(r, form);
    expect(patch.hostCity).toMatchObject({ name: 'Новосветловка-на-Оби', lat: null, lon: null, regionCode: null });
  });

  it('reports invalid fields and leaves them out of the patch', () => {
    const r = record();
    const form = formFromRecord(r);
    form.dateStart = '31.02.2021';
    form.counts.online = 'много';
    form.counts.offline = '40';
    const { patch, edited, errors } = buildPatch(r, form);
    expect(errors).toEqual({ date: 'date', 'participants.online': 'count' });
    expect(edited).toEqual(['participants.offline']);
    expect(patch.date).toBeUndefined();
    expect(patch.participants?.online).toBe(956);
  });

  it('an end date before the start is an error', () => {
    const r = record();
    const form = formFromRecord(r);
    Object.assign(form, { dateStart: '10.11.2021', dateEnd: '09.11.2021' });
    expect(buildPatch(r, form).errors).toEqual({ date: 'dateOrder' });
  });

  it('re-checks the count warning: fixed when the sum matches, raised when it does not', () => {
    const r = record();
    const form = formFromRecord(r);
    form.counts.offline = '39';
    form.counts.online = '956';
    form.counts.total = '995';
    expect(buildPatch(r, form).patch.warnings).toBeUndefined(); // 39 + 956 = 995: nothing to say
    form.counts.total = '900';
    const w = buildPatch(r, form).patch.warnings!;
    expect(w.filter((x) => x.code === 'count-mismatch').map((x) => x.message)).toEqual(['Очно 39 + онлайн 956 = 995, а всего указано 900']);
  });

  it('a date typed for an undated text removes the "no date" warning', () => {
    const r = parseResolution('Рецепт борща: свёкла, капуста.', { gazetteer: defaultGazetteer });
    expect(r.warnings.map((w) => w.code)).toContain('no-date');
    const form = formFromRecord(r);
    form.dateStart = '2020';
    form.docType = 'report';
    const { patch } = buildPatch(r, form);
    expect(patch.warnings?.map((w) => w.code)).not.toContain('no-date');
    expect(patch.warnings?.map((w) => w.code)).not.toContain('no-resolution');
  });
});

describe('corrections in the store', () => {
  it('a corrected stored document keeps its evidence and lists the edited fields', async () => {
    const db = await openDb(`import-patch-${Date.now()}`);
    const r = record();
    await putImported(db, [r]);
    const form = formFromRecord(r);
    form.counts.total = '1000';
    form.format = 'online';
    const { patch, edited } = buildPatch(r, form);
    await updateResolution(db, r.id, patch, edited);
    const stored = (await getResolution(db, r.id))!;
    expect(stored.participants.total).toBe(1000);
    expect(stored.format).toBe('online');
    expect(stored.edited.sort()).toEqual(['format', 'participants.total']);
    expect(stored.evidence).toEqual(r.evidence);
    db.close();
  });
});
