// The event's format: stated ("в смешанном (гибридном) формате состоялась", "прошла в режиме онлайн")
// or implied by attendance in both modes (offline and online figures, or one sentence saying people took
// part in person and online) → hybrid. Null when the text does not say.

import type { Format, Participants, Span } from '../types';
import { letterBefore, matchesNotAfter, proseSentence, span } from './text';

/** "в смешанном очно-дистанционном формате", "в онлайн-формате", "в режиме онлайн", "(в режиме видеоконференции)". */
const STATED = /(?:в|во)\s+((?:[\p{L}-]+\s*(?:\(\p{L}+\))?\s+){0,2}[\p{L}]*-?)(?:формат|режим)\p{L}*(?:\s+((?:онлайн|офлайн|оффлайн|видеоконференц\p{L}*|вебинар\p{L}*)(?:-?\s+и\s+(?:онлайн|офлайн|оффлайн|очн\p{L}*))?))?/giu;
/** Adverbs and phrases right after the verb: "прошла онлайн", "проходил дистанционно", "с онлайн-трансляцией". */
const ADVERB = /(?:онлайн|дистанционно|удал[её]нно)(?![\p{L}-])|(?:онлайн|офлайн|оффлайн|очн\p{L}*)-?\s+и\s+(?:онлайн|офлайн|оффлайн|дистанционн\p{L}*|очн\p{L}*)-?|с\s+(?:онлайн-)?трансляци\p{L}*|(?:онлайн|прям\p{L}+)\s+трансляци\p{L}*/giu;
const HAPPENED = /состоял\p{L}*|прош(?:ла|л[иоа]?|[её]л)(?!\p{L})|проходил\p{L}*|проводил\p{L}*|организован\p{L}*|прошедш\p{L}*|работал\p{L}*/iu;
/** People taking part in one mode and in the other in one sentence ("400 человек в очном формате, столько же примут участие онлайн"). */
const TOOK_PART = /участ\p{L}*|подключ\p{L}*|присутствова\p{L}*/iu;

/** Mode words, classified: a phrase naming both modes is hybrid. */
const HYBRID_WORD = /смешанн|гибридн|очно-заочн|очно-дистанц|очно-онлайн|онлайн-офлайн|трансляци/iu;
const ONLINE_WORD = /онлайн|онлайт|дистанционн|виртуальн|удал[её]нн|видеоконференц|вебинар/iu;
const OFFLINE_WORD = /очн|офлайн|оффлайн/iu;

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
  for (const re of [STATED, ADVERB]) {
    for (const m of matchesNotAfter(narrative, re, letterBefore)) {
      const words = re === STATED ? `${m[1]} ${m[2] ?? ''}` : m[0];
      const format = formatOf(words);
      if (!format) continue;
      const end = m.index! + m[0].length;
      // Only a sentence about the event itself taking place ("состоялась", "прошла") states its format.
      const s = proseSentence(narrative, m.index!, end);
      const sentence = narrative.slice(s.start, s.end);
      if (!HAPPENED.test(sentence)) continue;
      // An adverb is the event's format only beside the verb ("прошла онлайн"), not in any clause.
      if (re === ADVERB && format !== 'hybrid' && !HAPPENED.test(narrative.slice(Math.max(s.start, m.index! - 40), m.index!))) continue;
      return { format, evidence: span(text, m.index!, end) };
    }
  }
  if (participants.offline !== null && participants.online !== null && evidence.offline && evidence.online) {
    const start = Math.min(evidence.offline.start, evidence.online.start);
    const end = Math.max(evidence.offline.end, evidence.online.end);
    return { format: 'hybrid', evidence: span(text, start, end) };
  }
  return bothModesTookPart(text, narrative);
}

/** One sentence where people take part both in person and remotely → hybrid, quoting that sentence. */
function bothModesTookPart(text: string, narrative: string): { format: Format | null; evidence: Span | null } {
  for (const m of matchesNotAfter(narrative, STATED, letterBefore)) {
    if (formatOf(`${m[1]} ${m[2] ?? ''}`) !== 'offline') continue;
    const s = proseSentence(narrative, m.index!, m.index! + m[0].length);
    const sentence = narrative.slice(s.start, s.end);
    const rest = sentence.slice(m.index! + m[0].length - s.start);
    if (TOOK_PART.test(sentence) && /(?<!\p{L})(?:онлайн|дистанционно|удал[её]нно)(?![\p{L}-])/iu.test(rest)) {
      return { format: 'hybrid', evidence: span(text, s.start, s.end) };
    }
  }
  return { format: null, evidence: null };
}
