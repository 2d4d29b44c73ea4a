// Why a text names a place: participants came from it ('origin'), reports came from it ('speaker'),
// or it is merely named ('mentioned'). The host is decided elsewhere (places-host.ts).
import type { PlaceRole } from '../types';
import type { Token } from './places-tokens';

/** Words that say who came: участники, специалисты, представители, преподаватели… (folded prefixes). */
const ORIGIN_CUE =
  /^(?:участ|специалист|представител|преподавател|студент|слушател|гост|делегат|библиотекар|сотрудник|коллег|руководител|работник)/;
/** Words that say what was presented: доклад, выступление, сообщение… */
const SPEAKER_CUE = /^(?:доклад|выступ|сообщени|спикер|лектор)/;

/** "Участники представляли Томскую область": the places a cue word's verb of coming names are origins. */
const CAME = /^(?:представлял|приехал|прибыл|съехал)/;

/** 'origin' when a verb of coming, after a cue word, stands shortly before the list; else 'mentioned'. */
function representedBy(tokens: readonly Token[], head: number, sentence: number): PlaceRole {
  for (let k = head - 1, n = 0; inSentence(tokens, k, sentence) && n < 12; k--, n++) {
    if (!CAME.test(tokens[k].folded)) continue;
    for (let c = k - 1, m = 0; inSentence(tokens, c, sentence) && m < 6; c--, m++) if (cueAt(tokens[c]) === 'origin') return 'origin';
  }
  return 'mentioned';
}

/** Whether tokens[k] exists and is in sentence `sentence`. */
function inSentence(tokens: readonly Token[], k: number, sentence: number): boolean {
  return k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
}

/** How many words a cue or an "из" is looked for, each way. */
const CUE_REACH = 40;

function cueAt(token: Token): PlaceRole | null {
  if (SPEAKER_CUE.test(token.folded)) return 'speaker';
  if (ORIGIN_CUE.test(token.folded)) return 'origin';
  return null;
}

/**
 * The role of a place named at tokens[at], in a list that starts at tokens[head]. Rules:
 * - within its sentence the place follows an "из" ("участники из Омска", "из 108 городов … в том числе
 *   республики Беларусь"): the role of the nearest cue word before that "из" (or, failing that, after the
 *   place);
 * - or its list directly follows a cue noun ("200 библиотекарей Алтайского края"): that cue's role;
 * - otherwise 'mentioned' ("ведущих институтов культуры Москвы" in seed 000; "обсудив итоги работы
 *   библиотек Кузбасса").
 * `roles` keeps what the list's head decides, for the list's other places.
 */
export function roleAt(tokens: readonly Token[], at: number, head = at, roles?: Map<number, PlaceRole | null>): PlaceRole {
  let role = roles?.get(head);
  if (role === undefined) {
    role = listRole(tokens, head);
    roles?.set(head, role);
  }
  return role ?? cueAfter(tokens, at);
}

/** The role the words before a list give all its places; null when it is the cue after each place. */
function listRole(tokens: readonly Token[], head: number): PlaceRole | null {
  const sentence = tokens[head].sentence;
  // The walks start from the list's head and go at most CUE_REACH words each way: every place of a
  // long list then costs the same, and the step stays linear in the text.
  let from = -1;
  for (let k = head - 1, n = 0; inSentence(tokens, k, sentence) && n < CUE_REACH; k--, n++) {
    if (tokens[k].is('из')) {
      from = k;
      break;
    }
  }
  const before = tokens[head - 1];
  if (from < 0 && before && before.sentence === sentence && /^\s+$/.test(tokens[head].gap) && cueAt(before)) return cueAt(before)!;
  if (from < 0) return representedBy(tokens, head, sentence);
  for (let k = from - 1, n = 0; inSentence(tokens, k, sentence) && n < CUE_REACH; k--, n++) {
    const cue = cueAt(tokens[k]);
    if (cue) return cue;
  }
  return null;
}

/** The first cue word after the place at tokens[at], within its sentence; else 'mentioned'. */
function cueAfter(tokens: readonly Token[], at: number): PlaceRole {
  const sentence = tokens[at].sentence;
  for (let k = at + 1, n = 0; inSentence(tokens, k, sentence) && n < CUE_REACH; k++, n++) {
    const cue = cueAt(tokens[k]);
    if (cue) return cue;
  }
  return 'mentioned';
}
