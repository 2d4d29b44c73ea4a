/** Function words (and a few English ones): a search for all of a query's words leaves them out. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'и в во на с со к ко о об от до по за из у не а но же ли для при или что как это то также the of and'.split(' '),
);
