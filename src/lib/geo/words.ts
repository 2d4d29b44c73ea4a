// Russian word forms for matching place names: case folding, the Snowball stem, and the case forms of
// a name (Беларусь → Беларуси; Великий → Великого), which also cover the stems Snowball gets wrong.
import { fold, stem } from '../russian';

export { fold, stem };

/** Endings that make a word an adjective (Кемеровской, Прокопьевского), not a noun. */
export const ADJECTIVE_ENDING = /(?:ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ую|юю|ое|ее|ые|ие|ых|их|ым|им|ыми|ими)$/;

/** Nouns that do not decline in writing (Кемерово, Иваново, Туапсе, Сочи-like -о/-е/-у/-ю/-э). */
export function isIndeclinable(folded: string): boolean {
  return /[оеуюэ]$/.test(folded) && !/(?:ое|ее|ье)$/.test(folded);
}

/** Irregular forms Snowball and the rules below miss (fleeting vowels). */
const EXTRA: Record<string, string[]> = {
  орел: ['орла', 'орлу', 'орлом', 'орле'],
  елец: ['ельца', 'ельцу', 'ельцом', 'ельце'],
};

function simpleForms(w: string): string[] {
  const b1 = w.slice(0, -1);
  const b2 = w.slice(0, -2);
  let forms: string[];
  if (/(?:ий|ый|ой)$/.test(w)) forms = ['ого', 'его', 'ому', 'ему', 'им', 'ым', 'ом', 'ем'].map((e) => b2 + e);
  else if (/ая$/.test(w)) forms = ['ой', 'ую', 'ою'].map((e) => b2 + e);
  else if (/яя$/.test(w)) forms = ['ей', 'юю', 'ею'].map((e) => b2 + e);
  else if (/(?:ое|ее)$/.test(w)) forms = ['ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем'].map((e) => b2 + e);
  else if (/(?:ые|ие)$/.test(w)) forms = ['ых', 'их', 'ым', 'им', 'ыми', 'ими'].map((e) => b2 + e);
  else if (/ье$/.test(w))
    forms = ['я', 'ю', 'ем', 'е'].map((e) => b1 + e); // Подмосковье → Подмосковья
  else if (/ия$/.test(w)) forms = ['ии', 'ию', 'ией'].map((e) => b2 + e);
  else if (/я$/.test(w)) forms = ['и', 'е', 'ю', 'ей', 'ею'].map((e) => b1 + e);
  else if (/а$/.test(w)) forms = ['ы', 'и', 'е', 'у', 'ой', 'ою'].map((e) => b1 + e);
  else if (/ь$/.test(w)) forms = ['и', 'ью', 'я', 'ю', 'ем', 'е', 'ем'].map((e) => b1 + e);
  else if (/й$/.test(w)) forms = ['я', 'ю', 'ем', 'е'].map((e) => b1 + e);
  else if (/[ыи]$/.test(w)) forms = ['', 'ов', 'ев', 'ей', 'ам', 'ям', 'ах', 'ях', 'ами'].map((e) => b1 + e);
  else if (/о$/.test(w) && isIndeclinable(w))
    forms = [b1 + 'е']; // colloquial "в Кемерове"
  else if (isIndeclinable(w)) forms = [];
  else {
    const endings = ['а', 'у', 'ом', 'е', 'ем'];
    forms = endings.map((e) => w + e);
    if (/ец$/.test(w)) forms.push(...endings.map((e) => b2 + 'ц' + e)); // Череповец → Череповца
    if (/[оеё]к$/.test(w)) forms.push(...endings.map((e) => b2 + 'к' + e)); // Волочек → Волочка
  }
  return [w, ...forms, ...(EXTRA[w] ?? [])];
}

/**
 * The folded case forms of one word of a place name. Hyphenated names decline in the part that
 * declines: Ростова-на-Дону, Анжеро-Судженска, Петропавловска-Камчатского.
 */
export function wordForms(folded: string): string[] {
  const parts = folded.split('-');
  if (parts.length === 1) return simpleForms(folded);
  const na = parts.indexOf('на');
  if (na > 0) {
    const rest = parts.slice(na).join('-');
    return simpleForms(parts.slice(0, na).join('-')).map((f) => `${f}-${rest}`);
  }
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1).join('-');
  if (/(?:ий|ый|ой)$/.test(last) && parts.length === 2) {
    const firsts = simpleForms(head);
    return simpleForms(last).flatMap((l) => firsts.map((f) => `${f}-${l}`));
  }
  return simpleForms(last).map((l) => `${head}-${l}`);
}
