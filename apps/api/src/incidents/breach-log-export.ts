// A board's breach log (art. 33(5) GDPR) as files its FG hands over: one row per incident
// notice, with the board's record of the breach and its decision on notifying the
// supervisory authority, in the chosen language, every code as words and no internal ids.
import { type Locale, message } from '@regie/domain';
import { word, yesNo } from '../common/export-words';
import { type ExportColumn, tableCsv, tableXlsx } from '../common/table-export';
import type { BreachLogEntry } from './incidents.service';

const at = (date: Date | null) => (date ? { at: date } : null);

export const BREACH_LOG_COLUMNS: readonly ExportColumn<BreachLogEntry>[] = [
  { header: 'export.breachLog.notifiedAt', value: (e) => at(e.notice.notifiedAt) },
  { header: 'export.breachLog.vendor', value: (e) => e.vendorName },
  { header: 'export.breachLog.products', value: (e) => e.productNames },
  { header: 'export.breachLog.title', value: (e) => e.incident.title },
  { header: 'export.breachLog.description', value: (e) => e.incident.description },
  {
    header: 'export.breachLog.severity',
    value: (e, l) => word('Severity', e.incident.severity, l),
  },
  {
    header: 'export.breachLog.personalData',
    value: (e, l) => yesNo(e.incident.personalDataInvolved, l),
  },
  { header: 'export.breachLog.discoveredAt', value: (e) => at(e.incident.discoveredAt) },
  {
    header: 'export.breachLog.status',
    value: (e, l) => word('IncidentStatus', e.incident.status, l),
  },
  { header: 'export.breachLog.acknowledgedAt', value: (e) => at(e.notice.acknowledgedAt) },
  {
    header: 'export.breachLog.deadline',
    value: (e, l) =>
      e.notice.authorityDeadline
        ? { at: e.notice.authorityDeadline }
        : message('export.breachLog.notRequired', l),
  },
  {
    header: 'export.breachLog.decision',
    value: (e, l) =>
      e.notice.authorityDecision
        ? word('AuthorityDecision', e.notice.authorityDecision, l)
        : message('export.breachLog.noDecision', l),
  },
  {
    header: 'export.breachLog.authorityReportedAt',
    value: (e) => at(e.notice.authorityReportedAt),
  },
  { header: 'export.breachLog.authorityReference', value: (e) => e.notice.authorityReference },
  { header: 'export.breachLog.reason', value: (e) => e.notice.authorityDecisionReason },
  { header: 'export.breachLog.effects', value: (e) => e.notice.effects },
  { header: 'export.breachLog.remedialAction', value: (e) => e.notice.remedialAction },
  { header: 'export.breachLog.decidedAt', value: (e) => at(e.notice.authorityRecordedAt) },
  { header: 'export.breachLog.decidedBy', value: (e) => e.recordedByName },
];

export function breachLogCsv(entries: readonly BreachLogEntry[], locale: Locale): Buffer {
  return tableCsv(BREACH_LOG_COLUMNS, entries, locale);
}

export function breachLogXlsx(entries: readonly BreachLogEntry[], locale: Locale): Promise<Buffer> {
  return tableXlsx(BREACH_LOG_COLUMNS, entries, locale, 'export.breachLog.sheet');
}
