import type {
  NextSession,
  TherapyPlanView,
  TherapyVerdictResult,
} from '../../domain/therapy/index.ts';

const LABELS: Record<TherapyVerdictResult['verdict'], string> = {
  insufficient_data: 'not enough data yet',
  no_clear_change: 'no clear change',
  improved: 'improved',
  worsened: 'worsened',
};

const pct = (p: number | null) => (p === null ? '–' : `${Math.round(p * 100)} %`);
const num = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined ? '–' : x.toFixed(digits);

function phase(name: string, p: TherapyVerdictResult['baseline'], what: string): string {
  const span = p.from ? `${p.from} → ${p.to}` : '(no days)';
  return `  ${name.padEnd(10)} ${span}: ${p.eventDays} ${what} in ${p.recordedDays} recorded of ${p.days} days (${num(p.per28)} per 28)`;
}

/** `stillpoint verdict` for a terminal: the answer first, then the numbers and warnings. */
export function renderVerdict(v: TherapyVerdictResult): string[] {
  const what = v.outcome === 'migraine_days' ? 'migraine days' : 'headache days';
  const lines = [
    `${v.therapyName} (${v.kind}), course from ${v.courseStart}`,
    `Verdict: ${LABELS[v.verdict]}${v.beyondTypicalPlacebo ? ' — beyond the typical placebo response' : ''}`,
    `  ${v.summary}`,
    phase('before', v.baseline, what),
    phase('during', v.treatment, what),
  ];
  if (v.rateRatio) {
    const [lo, hi] = v.rateRatio.ci95;
    lines.push(
      `  rate ratio ${num(v.rateRatio.median, 2)} (95 % interval ${num(lo, 2)}–${num(hi, 2)}); chance of any improvement ${pct(v.pImproved)}, of more than the typical placebo response ${pct(v.pBeyondPlacebo)}`,
    );
  }
  lines.push('', 'Read this with:');
  for (const w of v.warnings) lines.push(`  - ${w.message}`);
  const e = v.immediateEffects;
  lines.push('', 'Immediate effects of sessions (uncontrolled):');
  if (e.inSession) {
    const ci = e.inSession.ci95
      ? `, 95 % ${num(e.inSession.ci95[0])} to ${num(e.inSession.ci95[1])}`
      : '';
    lines.push(
      `  pain ${num(e.inSession.meanBefore)} before → ${num(e.inSession.meanAfter)} after a session (change ${num(e.inSession.mean)}, n = ${e.inSession.n}${ci})`,
    );
  } else lines.push('  no session with pain before and after recorded');
  if (e.nextDay?.difference !== null && e.nextDay) {
    lines.push(
      `  pain the day after a session ${num(e.nextDay.afterSession.mean)} vs ${num(e.nextDay.otherDays.mean)} on other days`,
    );
  }
  lines.push(`  ${e.caveat}`);
  if (v.abab) {
    lines.push('', 'Randomised ABAB plan:');
    for (const m of v.abab.messages) lines.push(`  ${m}`);
  }
  return lines;
}

/** `stillpoint plan` for a terminal: status, the periods and the rules fixed up front. */
export function renderPlan(v: TherapyPlanView & { saved?: boolean }): string[] {
  const p = v.plan;
  const lines = [
    `Randomised ABAB plan for ${v.therapyName} (seed ${p.seed}, made ${v.createdAt})`,
    `  status: ${v.status.replace('_', ' ')}, today ${v.today}${v.current ? ` — pair ${v.current.pair}, ${v.current.condition === 'B' ? 'with' : 'without'} the therapy, day ${v.current.day} of ${v.current.periodDays}` : ''}`,
  ];
  for (const period of p.periods) {
    lines.push(
      `  pair ${String(period.pair).padStart(2)} ${period.condition} ${period.condition === 'B' ? 'with   ' : 'without'} ${period.start} → ${period.end} (analysed from ${period.analysedFrom})`,
    );
  }
  lines.push('', `  ${p.rules.randomisation}`, `  ${p.rules.washout}`, `  ${p.rules.analysis}`);
  lines.push(`  The smallest p-value this plan can reach is ${p.minimumP.toFixed(3)}.`, '');
  for (const m of v.result.messages) lines.push(`  ${m}`);
  if (v.saved === false) {
    lines.push(
      '',
      `  Not saved. To fix exactly this plan in the diary file: --save --seed ${p.seed} --start ${p.periods[0]?.start ?? ''}`,
    );
  }
  return lines;
}

/** The next-session recommendation for a terminal. */
export function renderNextSession(n: NextSession): string[] {
  return [
    `${n.therapyName}: ${n.nextSession ? `next session ${n.nextSession}` : 'no next session'}`,
    `  ${n.reason}`,
    `  ${n.note}`,
  ];
}
