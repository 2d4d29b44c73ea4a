// Plural forms for plural() from src/i18n/format.ts.
import { t } from '../i18n/messages';

export const recommendations = () => ({
  one: t('chart.recs.one'),
  few: t('chart.recs.few'),
  many: t('chart.recs.many'),
  other: t('chart.recs.other'),
});
