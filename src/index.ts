// fairdraw: fair, random and auditable inspection schedules. The package root exports the stable API
// listed in README.md ("Library"), whose byte formats and algorithms docs/spec.md defines: sampling,
// planning, auditing, the calendar, the fairness report, and the error type.

export { canonicalJson } from './audit/canonicalJson.js';
export { commitSeed } from './audit/commitSeed.js';
export { type CommitRevealSeed, effectiveSeed } from './audit/effectiveSeed.js';
export { generateSecret } from './audit/generateSecret.js';
export { hashInput } from './audit/hashInput.js';
export { addWorkdays } from './calendar/addWorkdays.js';
export { buildCalendar } from './calendar/buildCalendar.js';
export type { Calendar, CalendarPeriod } from './calendar/Calendar.js';
export type { Campaign } from './model/campaignSchema.js';
export type { Directed } from './model/directedSchema.js';
export { FairdrawError, type FairdrawErrorCode, type FairdrawProblem } from './model/FairdrawError.js';
export type { Finding } from './model/findingSchema.js';
export type { Horizon } from './model/horizonSchema.js';
export type { Inspector } from './model/inspectorSchema.js';
export type { Limits } from './model/limitsSchema.js';
export type { OutcomeRecord, Outcomes, Problem } from './model/outcomesSchema.js';
export { planInputJsonSchema } from './model/planInputJsonSchema.js';
export { type PlanInput, planInputSchema, type ValidPlanInput } from './model/planInputSchema.js';
export { readOutcomes } from './model/readOutcomes.js';
export type { ReplanChanges, ReplanOptions } from './model/replanSchema.js';
export type { RevealOutcomes, RevealProblem, RevealRecord } from './model/revealOutcomesSchema.js';
export type { Routine } from './model/routineSchema.js';
export type {
  CalendarSource,
  CampaignSummary,
  DirectedSummary,
  FindingSummary,
  GapConflict,
  InspectorLoad,
  LogEntry,
  Manifest,
  Schedule,
  ScheduleNote,
  SchedulePeriod,
  ScheduleType,
  ScheduleUnit,
  Visit,
} from './model/scheduleSchema.js';
export type { Substitution } from './model/substitutionSchema.js';
export type { TaskSheetOptions } from './model/taskSheetOptionsSchema.js';
export type { Unit } from './model/unitSchema.js';
export type {
  EstimateBy,
  EstimateGroup,
  Estimates,
  UncountedVisits,
  UnitRate,
} from './outcomes/EstimateTypes.js';
export { type EstimateOptions, estimate } from './outcomes/estimate.js';
export { followUpFindings } from './outcomes/followUpFindings.js';
export { type NextYearPlan, nextYearPlan } from './outcomes/nextYearPlan.js';
export type { PeriodEstimates } from './outcomes/periodEstimates.js';
export { type ProposeRiskOptions, proposeRisk } from './outcomes/proposeRisk.js';
export type {
  ProblemStatus,
  Register,
  RegisterAudience,
  RegisterComplaint,
  RegisterFollowUp,
  RegisterOptions,
  RegisterProblem,
  RegisterVisit,
  VisitResult,
} from './outcomes/RegisterTypes.js';
export type { RiskProposal, RiskProposals } from './outcomes/RiskTypes.js';
export { register } from './outcomes/register.js';
export { createRng, RNG_ALGORITHM } from './random/createRng.js';
export { deriveSeed } from './random/deriveSeed.js';
export type { Rng } from './random/Rng.js';
export type {
  FairnessReport,
  ReportCampaign,
  ReportConflict,
  ReportCoverage,
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
} from './report/FairnessReportTypes.js';
export { type FairnessReportOptions, fairnessReport } from './report/fairnessReport.js';
export { type NoticeHtmlOptions, noticeHtml } from './report/noticeHtml.js';
export type { NoticeName, NoticeOutcome, NoticeVisit, PeriodNotice } from './report/PeriodNoticeTypes.js';
export type {
  NoticeAnchors,
  NoticeCampaign,
  NoticeHorizon,
  NoticeInspector,
  NoticeLimits,
  NoticePeriod,
  NoticeRoutine,
  NoticeTeam,
  NoticeType,
  NoticeUnit,
  PlanNotice,
} from './report/PlanNoticeTypes.js';
export { periodNotice } from './report/periodNotice.js';
export { type PeriodNoticeHtmlOptions, periodNoticeHtml } from './report/periodNoticeHtml.js';
export { planNotice } from './report/planNotice.js';
export { type RegisterHtmlOptions, registerHtml } from './report/registerHtml.js';
export { type ReportHtmlOptions, reportHtml } from './report/reportHtml.js';
export type { TaskSheet, TaskSheetFinding, TaskSheets, TaskSheetVisit } from './report/TaskSheetTypes.js';
export { taskSheets } from './report/taskSheets.js';
export { type TaskSheetsHtmlOptions, taskSheetsHtml } from './report/taskSheetsHtml.js';
export { type CappedHorizon, capHorizonTotals } from './sampling/capHorizonTotals.js';
export { DESIGN_VERSIONS, DESIGNS, type Design, type DesignVersion } from './sampling/Design.js';
export { type DrawSampleOptions, drawSample } from './sampling/drawSample.js';
export { type InclusionBounds, inclusionProbabilities } from './sampling/inclusionProbabilities.js';
export { type JointOptions, jointInclusionProbabilities } from './sampling/jointInclusionProbabilities.js';
export { type ExpandedPlan, expandPlan } from './schedule/expandPlan.js';
export type { PeriodReveal, SummaryReveal } from './schedule/PeriodReveal.js';
export { type PlanOptions, plan } from './schedule/plan.js';
export type { OnProgress, Progress, ProgressStep } from './schedule/progress.js';
export { replan } from './schedule/replan.js';
export type { RevealOptions } from './schedule/revealGuard.js';
export { type RevealPeriodOptions, revealPeriod } from './schedule/revealPeriod.js';
export { revealSummary } from './schedule/revealSummary.js';
export { substitute } from './schedule/substitute.js';
export { SUPPORTED_VERSIONS, type SupportedVersions } from './schedule/supportedVersions.js';
export type { Difference, UnsealedMember, Verification } from './schedule/Verification.js';
export { type VerifyOptions, verify } from './schedule/verify.js';
export { verifyPeriod } from './schedule/verifyPeriod.js';
export type { Lang } from './text/lang.js';
export { VERSION } from './version.js';
