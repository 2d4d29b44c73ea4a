// Tooltip contents built as DOM nodes: place names come from imported texts, so never as HTML strings.
import { t } from '../i18n/messages';
import { formatNumber } from '../i18n/format';

/** Events listed in one tooltip; the rest are counted ("и ещё 12"). */
const MAX_EVENTS = 8;

export interface TooltipFacts {
  title: string;
  /** Lines under the title: region, roles, "приблизительно". */
  notes: string[];
  /** Event labels ("2016 — Конференция «…»"). */
  events: string[];
}

export function tooltipNode({ title, notes, events }: TooltipFacts): HTMLElement {
  const root = document.createElement('div');
  root.className = 'map-tip';
  const head = document.createElement('strong');
  head.textContent = title;
  root.append(head);
  for (const note of notes) {
    const p = document.createElement('div');
    p.className = 'map-tip-note';
    p.textContent = note;
    root.append(p);
  }
  if (events.length) {
    const count = document.createElement('div');
    count.textContent = t('map.tip.events', { n: formatNumber(events.length) });
    const list = document.createElement('ul');
    for (const e of events.slice(0, MAX_EVENTS)) {
      const li = document.createElement('li');
      li.textContent = e;
      list.append(li);
    }
    if (events.length > MAX_EVENTS) {
      const li = document.createElement('li');
      li.textContent = t('map.tip.more', { n: formatNumber(events.length - MAX_EVENTS) });
      list.append(li);
    }
    root.append(count, list);
  }
  return root;
}
