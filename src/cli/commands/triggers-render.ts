import {
  type FactorResult,
  suspicionWords,
  type TriggerReport,
  VERDICT_LABELS,
  VERDICTS,
} from '../../domain/triggers/index.ts';

function factorLines(f: FactorResult): string[] {
  const name = f.source === 'check_in' ? `${f.label} (${f.factor})` : `“${f.factor}” (attack tag)`;
  const lines = [`  ${name} · ${suspicionWords(f.suspected)}`];
  if (f.summary) lines.push(`    ${f.summary}`);
  lines.push(`    ${f.explanation}`);
  if (f.offerCheckIn) lines.push('    → add it to your daily check-in to test it');
  if (f.source === 'check_in' && f.data.tested) {
    const low = f.data.lowCompleteness ? ', few check-ins' : '';
    lines.push(`    lag: ${f.timing}; ${f.data.days} days, ${f.data.onsets} attacks${low}`);
  }
  return lines;
}

/** `stillpoint triggers` for a terminal: the factors grouped by verdict, then the caveat. */
export function renderTriggers(r: TriggerReport): string[] {
  if (!r.period) return ['No diary days yet: the trigger report needs check-ins and attacks.'];
  const lines = [
    `Triggers ${r.period.from} – ${r.period.to}: ${r.atRiskDays} days at risk, ${r.onsets} attacks began on them; ${r.factorsTested} factors tested.`,
    `  ${r.method.adjustment}.`,
  ];
  for (const verdict of VERDICTS) {
    const group = r.factors.filter((f) => f.verdict === verdict);
    if (group.length === 0) continue;
    lines.push('', `${VERDICT_LABELS[verdict].toUpperCase()}`);
    for (const f of group) lines.push(...factorLines(f));
  }
  lines.push('', r.caveat);
  return lines;
}
