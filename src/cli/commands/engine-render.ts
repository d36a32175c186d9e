import type { ClassificationResult } from '../../domain/clinical/index.ts';
import type { MetricsResult } from '../../domain/clinical/metrics/metrics-diary.ts';

/** `stillpoint classify` for a terminal: one line per attack, then the suggestions. */
export function renderClassification(r: ClassificationResult): string[] {
  const lines = r.attacks.map((a) => `${a.id.padEnd(24)} ${a.type.padEnd(22)} aura: ${a.aura}`);
  lines.push('', 'Patterns consistent with:');
  if (r.diagnoses.length === 0) lines.push('  (none yet)');
  for (const d of r.diagnoses) lines.push(`  ${d.code.padEnd(9)} ${d.name} — ${d.status}`);
  lines.push('', r.disclaimer);
  return lines;
}

/** `stillpoint metrics` for a terminal: a table of 28-day blocks and the warnings. */
export function renderMetrics(r: MetricsResult): string[] {
  const lines = ['block                      recorded valid headache migraine acute-med lost'];
  for (const b of r.blocks) {
    lines.push(
      `${b.start} – ${b.end}  ${String(b.recordedDays).padStart(8)} ${(b.valid ? 'yes' : 'no').padStart(5)} ${String(b.headacheDays).padStart(8)} ${String(b.migraineDays).padStart(8)} ${String(b.acuteMedicationDays).padStart(9)} ${String(b.daysLost).padStart(4)}`,
    );
  }
  const cm = r.chronicMigraine;
  lines.push('', `chronic migraine (${cm.mode} months): ${cm.status}, pattern ${cm.pattern}`);
  for (const reason of cm.reasons) lines.push(`  ${reason}`);
  for (const m of r.medicationOveruse) lines.push(`medication: ${m.message}`);
  for (const f of r.redFlags) lines.push(`RED FLAG (${f.action}): ${f.message}`);
  return lines;
}
