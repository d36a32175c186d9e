/** How the pain felt and what came with it: peak pain, where, quality, associated symptoms. */
import { AUTONOMIC, QUALITIES } from '../../domain/diary/vocabulary.ts';
import type { Attack } from '../api/types.ts';
import { label } from '../lib/labels.ts';
import { MultiChoice, Scale, YesNo } from './Choices.tsx';
import { HeadDiagram } from './HeadDiagram.tsx';

type BoolKey = 'nausea' | 'vomiting' | 'photophobia' | 'phonophobia' | 'worseWithActivity';

const QUESTIONS: { key: BoolKey; legend: string }[] = [
  { key: 'nausea', legend: 'Nausea' },
  { key: 'vomiting', legend: 'Vomiting' },
  { key: 'photophobia', legend: 'Light bothered me' },
  { key: 'phonophobia', legend: 'Noise bothered me' },
  { key: 'worseWithActivity', legend: 'Worse with routine activity (walking, stairs)' },
];

export function AttackSymptomsSection(props: {
  attack: Attack;
  onChange: (patch: Partial<Attack>) => void;
}) {
  const { attack, onChange } = props;
  return (
    <>
      <section aria-labelledby="pain-title">
        <h2 id="pain-title">Pain</h2>
        <Scale
          name="peakPain"
          legend="Worst pain (0 none – 10 worst imaginable)"
          value={attack.peakPain}
          onChange={(peakPain) => onChange({ peakPain })}
          clearLabel="Not sure"
        />
        <HeadDiagram
          regions={attack.regions}
          side={attack.side}
          onRegions={(regions) => onChange({ regions })}
          onSide={(side) => onChange({ side })}
        />
        <MultiChoice
          name="quality"
          legend="It felt"
          options={QUALITIES.map((q) => ({ value: q, label: label(q) }))}
          value={attack.quality}
          onChange={(quality) => onChange({ quality })}
        />
      </section>
      <section aria-labelledby="symptoms-title">
        <h2 id="symptoms-title">Symptoms</h2>
        {QUESTIONS.map((q) => (
          <YesNo
            key={q.key}
            name={q.key}
            legend={q.legend}
            value={attack[q.key]}
            onChange={(v) => onChange({ [q.key]: v })}
          />
        ))}
        <details>
          <summary>Eye, nose and restlessness</summary>
          <MultiChoice
            name="autonomic"
            legend="On the side of the pain"
            options={AUTONOMIC.map((a) => ({ value: a, label: label(a) }))}
            value={attack.autonomic}
            onChange={(autonomic) => onChange({ autonomic })}
          />
          <YesNo
            name="restless"
            legend="Restless or agitated"
            value={attack.restless}
            onChange={(restless) => onChange({ restless })}
          />
        </details>
      </section>
    </>
  );
}
