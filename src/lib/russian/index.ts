// Russian text: folding, stemming (cached), month names, function words. One place for what the parser, the gazetteer,
// the search and the import all need.
export { detach } from './detach';
export { fold } from './fold';
export { FUNCTION_WORDS } from './function-words';
export { LATIN_LETTERS } from './latin';
export { MONTH_STEMS, MONTH_WORD, monthIndex } from './months';
export { stem } from './stem';
