// The events table's order (column and direction), shared with the export: a CSV or .xlsx lists the
// events in the order the table shows them.
import type { SortColumn, SortDir } from './sort-events';

export const tableOrder = $state<{ column: SortColumn; dir: SortDir }>({ column: 'date', dir: 'desc' });

/** Back to date order, newest first (a table starts so). */
export function resetTableOrder(): void {
  tableOrder.column = 'date';
  tableOrder.dir = 'desc';
}
