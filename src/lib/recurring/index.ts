// Recurring recommendations: the same demand coming back in other events' resolutions, grouped.
// What this folder makes public.
export { findRecurring, type RecurringGroup, type RecurringIndex, type RecurringMember } from './recurring';
export { clauses, GENERIC_STEMS, GENERIC_WEIGHT, signature, similarity, THRESHOLD, weightedDice, type Signature } from './similarity';
export { contentStems, STOP_WORDS, words, type Word } from './words';
