/** The per-person trigger report (`docs/trigger-analysis.md`). */

export { FACTORS } from './factors.ts';
export { suspicionWords, VERDICT_LABELS, VERDICTS, type Verdict } from './labels.ts';
export { DEFAULT_TRIGGER_METHOD, NAIVE_TRIGGER_METHOD, type TriggerMethod } from './options.ts';
export { type FactorResult, type TriggerReport, triggerReport } from './report.ts';
export { factorResultSchema, triggerReportSchema } from './schema.ts';
