// The event's format: stated ("в смешанном (гибридном) формате состоялась") or implied by the counts
// (offline and online figures both given → hybrid). Null when the text does not say.

import type { Format, Participants, Span } from '../types';
import { letterBefore, matchesNotAfter, span } from './text';

// Not after a letter: checked by `letterBefore` (a lookbehind here is evaluated at every position).
const STATED = /(?:в|во)\s+(смешанн|гибридн|онлайн|дистанционн|виртуальн|очно-заочн|очн|офлайн|оффлайн)\p{L}*(?:\s*\(\p{L}+\))?[-\s]*(?:формат|режим)\p{L}*/giu;
const HAPPENED = /состоял\p{L}*|прош(?:ла|л[иоа]?|[её]л)|проходил\p{L}*|проводил\p{L}*|организован\p{L}*|прошедш\p{L}*/iu;

const BY_WORD: Record<string, Format> = {
  смешанн: 'hybrid', гибридн: 'hybrid', 'очно-заочн': 'hybrid',
  онлайн: 'online', дистанционн: 'online', виртуальн: 'online',
  очн: 'offline', офлайн: 'offline', оффлайн: 'offline',
};

export function detectFormat(
  text: string,
  narrative: string,
  participants: Participants,
  evidence: { offline?: Span; online?: Span },
): { format: Format | null; evidence: Span | null } {
  for (const m of matchesNotAfter(narrative, STATED, letterBefore)) {
    // Only a sentence about the event itself taking place ("состоялась", "прошла") states its format.
    const sentenceStart = Math.max(narrative.lastIndexOf('.', m.index!), narrative.lastIndexOf('\n', m.index!)) + 1;
    const sentenceEnd = narrative.slice(m.index!).search(/[.\n]/);
    const sentence = narrative.slice(sentenceStart, sentenceEnd < 0 ? undefined : m.index! + sentenceEnd);
    if (!HAPPENED.test(sentence)) continue;
    const format = BY_WORD[m[1].toLowerCase()];
    if (format) return { format, evidence: span(text, m.index!, m.index! + m[0].length) };
  }
  if (participants.offline !== null && participants.online !== null && evidence.offline && evidence.online) {
    const start = Math.min(evidence.offline.start, evidence.online.start);
    const end = Math.max(evidence.offline.end, evidence.online.end);
    return { format: 'hybrid', evidence: span(text, start, end) };
  }
  return { format: null, evidence: null };
}
