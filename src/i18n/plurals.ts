// Plural forms for plural() from format.ts, for words the charts count.
import { t } from './messages';

export const recommendations = () => ({
  one: t('chart.recs.one'),
  few: t('chart.recs.few'),
  many: t('chart.recs.many'),
  other: t('chart.recs.other'),
});
