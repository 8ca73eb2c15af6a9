export { escapeHtml } from './escapeHtml.js';
export type {
  FairnessReport,
  ReportCampaign,
  ReportConflict,
  ReportDay,
  ReportDirected,
  ReportFinding,
  ReportInspector,
  ReportManifest,
  ReportNote,
  ReportPeriod,
  ReportPromises,
  ReportTotals,
  ReportType,
  ReportUnit,
} from './FairnessReportTypes.js';
export { fairnessReport } from './fairnessReport.js';
export { type ReportHtmlOptions, reportCsp, reportHtml } from './reportHtml.js';
export { type ReportSchedule, reportScheduleSchema } from './reportScheduleSchema.js';
