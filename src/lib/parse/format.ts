// The event's format: stated ("в смешанном (гибридном) формате состоялась", "прошла в режиме онлайн")
// or implied by attendance in both modes (offline and online figures, or one sentence saying people took
// part in person and online) → hybrid. Null when the text does not say.

import type { Format, Participants, Span } from '../types';
import { letterBefore, matchesNotAfter, proseSentence, span } from './text';

/** "в смешанном очно-дистанционном формате", "в онлайн-формате", "в режиме онлайн", "(в режиме видеоконференции)". */
const STATED =
  /(?:в|во)\s+((?:[\p{L}-]+\s*(?:\(\p{L}+\))?\s+){0,2}[\p{L}]*-?)(?:формат|режим)\p{L}*(?:\s+((?:онлайн|офлайн|оффлайн|видеоконференц\p{L}*|вебинар\p{L}*)(?:-?\s+и\s+(?:онлайн|офлайн|оффлайн|очн\p{L}*))?))?/giu;
/** Adverbs and phrases right after the verb: "прошла онлайн", "проходил дистанционно", "с онлайн-трансляцией". */
const ADVERB =
  /(?:онлайн|дистанционно|удал[её]нно)(?![\p{L}-])|(?:онлайн|офлайн|оффлайн|очн\p{L}*)-?\s+и\s+(?:онлайн|офлайн|оффлайн|дистанционн\p{L}*|очн\p{L}*)-?|с\s+(?:онлайн-)?трансляци\p{L}*|(?:онлайн|прям\p{L}+)\s+трансляци\p{L}*/giu;
// Capitals spelt out ([Пп]): a case-insensitive Unicode regex scans several times slower.
const HAPPENED_WORDS =
  '[Сс]остоял\\p{L}*|[Пп]рош(?:ла|л[иоа]?|[её]л)(?!\\p{L})|[Пп]роходил\\p{L}*|[Пп]роводил\\p{L}*|[Оо]рганизован\\p{L}*|[Пп]рошедш\\p{L}*|[Рр]аботал\\p{L}*';
const HAPPENED = new RegExp(HAPPENED_WORDS, 'gu');
/** The verb within the few words before an adverb: "прошла онлайн", "проходил полностью дистанционно". */
const HAPPENED_AT_END = new RegExp(`(?:${HAPPENED_WORDS})(?:\\s+\\p{L}+)?\\s*$`, 'iu');
/** People taking part in one mode and in the other in one sentence ("400 человек в очном формате, столько же примут участие онлайн"). */
const REMOTE = /(?:[Оо]нлайн|[Дд]истанционно|[Уу]дал[её]нно)(?![\p{L}-])/gu;
const TOOK_PART = /участ\p{L}*|подключ\p{L}*|присутствова\p{L}*/iu;

/** Mode words, classified: a phrase naming both modes is hybrid. */
const HYBRID_WORD = /смешанн|гибридн|очно-заочн|очно-дистанц|очно-онлайн|онлайн-офлайн|трансляци/iu;
const ONLINE_WORD = /онлайн|онлайт|дистанционн|виртуальн|удал[её]нн|видеоконференц|вебинар/iu;
const OFFLINE_WORD = /(?<!\p{L})(?:очн|офлайн|оффлайн)/iu; // not "заочн" (by correspondence)

function formatOf(words: string): Format | null {
  if (HYBRID_WORD.test(words)) return 'hybrid';
  const online = ONLINE_WORD.test(words);
  const offline = OFFLINE_WORD.test(words.replace(/очно-заочн/giu, ''));
  if (online && offline) return 'hybrid';
  return online ? 'online' : offline ? 'offline' : null;
}

export function detectFormat(
  text: string,
  narrative: string,
  participants: Participants,
  evidence: { offline?: Span; online?: Span },
): { format: Format | null; evidence: Span | null } {
  // Only a sentence about the event itself taking place ("состоялась", "прошла") states its format: the
  // phrases are looked for in those sentences, in text order.
  let searched = 0;
  for (const verb of narrative.matchAll(HAPPENED)) {
    if (verb.index < searched) continue;
    const s = proseSentence(narrative, verb.index, verb.index + verb[0].length);
    searched = s.end;
    const sentence = narrative.slice(s.start, s.end);
    const stated = formatIn(sentence, s.start);
    if (stated) return { format: stated.format, evidence: span(text, stated.start, stated.end) };
  }
  if (participants.offline !== null && participants.online !== null && evidence.offline && evidence.online) {
    const start = Math.min(evidence.offline.start, evidence.online.start);
    const end = Math.max(evidence.offline.end, evidence.online.end);
    return { format: 'hybrid', evidence: span(text, start, end) };
  }
  return bothModesTookPart(text, narrative);
}

/** The format a sentence that says the event took place states: a "в … формате" phrase, else an adverb beside the verb. */
function formatIn(sentence: string, offset: number): { format: Format; start: number; end: number } | null {
  for (const re of [STATED, ADVERB]) {
    for (const m of matchesNotAfter(sentence, re, letterBefore)) {
      const format = formatOf(re === STATED ? `${m[1]} ${m[2] ?? ''}` : m[0]);
      if (!format) continue;
      // An adverb is the event's format only beside the verb ("прошла онлайн"), not in any clause.
      if (re === ADVERB && format !== 'hybrid' && !HAPPENED_AT_END.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      return { format, start: offset + m.index, end: offset + m.index + m[0].length };
    }
  }
  return null;
}

/** One sentence where people take part both in person and remotely → hybrid, quoting that sentence. */
function bothModesTookPart(text: string, narrative: string): { format: Format | null; evidence: Span | null } {
  let searched = 0;
  for (const remote of narrative.matchAll(REMOTE)) {
    if (remote.index < searched || letterBefore(narrative, remote.index)) continue;
    const s = proseSentence(narrative, remote.index, remote.index + remote[0].length);
    searched = s.end;
    const before = narrative.slice(s.start, remote.index);
    if (!TOOK_PART.test(narrative.slice(s.start, s.end))) continue;
    for (const m of matchesNotAfter(before, STATED, (_, i) => letterBefore(narrative, s.start + i))) {
      if (formatOf(`${m[1]} ${m[2] ?? ''}`) === 'offline') return { format: 'hybrid', evidence: span(text, s.start, s.end) };
    }
  }
  return { format: null, evidence: null };
}
