/** The clinical engine's day rules, chosen on this device and sent with every analysis. */
import { emitChange } from '../data/changes.ts';
import { updateSettings, useSettings } from '../lib/settings.ts';
import { SingleChoice } from './Choices.tsx';

type Rules = ReturnType<typeof useSettings>['rules'];

const CHOICES = {
  migraineDayRule: {
    legend: 'What counts as a migraine day',
    options: [
      {
        value: 'vanDerArend',
        label: 'Migraine features for 30 min, an aura, or a triptan (default)',
      },
      {
        value: 'ihsEffectiveTriptan',
        label: 'As the default, but a triptan counts only if it worked',
      },
      { value: 'legacy4h', label: 'Older rule: migraine features for 4 hours or more' },
    ],
  },
  attackMergeRule: {
    legend: 'When two headaches are one attack',
    options: [
      { value: 'gap24h', label: 'Less than 24 h apart (default)' },
      { value: 'lockedDay', label: 'At most one headache-free day between them' },
      { value: 'none', label: 'Never merge' },
    ],
  },
  chronicMonthsMode: {
    legend: 'Chronic migraine check',
    options: [
      { value: 'strict', label: 'More than 3 months in a row (default)' },
      { value: 'leiden', label: '3 months in a row (Leiden)' },
    ],
  },
} as const;

export function DayRulesForm() {
  const { rules } = useSettings();
  const set = <K extends keyof Rules>(key: K, value: Rules[K] | undefined) => {
    updateSettings({ rules: { ...rules, [key]: value } });
    emitChange('all');
  };
  return (
    <div>
      {(Object.keys(CHOICES) as (keyof typeof CHOICES)[]).map((key) => (
        <SingleChoice
          key={key}
          name={key}
          legend={CHOICES[key].legend}
          options={CHOICES[key].options}
          value={rules[key] ?? CHOICES[key].options[0].value}
          onChange={(v) => set(key, v as Rules[typeof key])}
        />
      ))}
      <p className="hint">Saved on this device. Calendar, trends and warnings use them at once.</p>
    </div>
  );
}
