/**
 * The scenarios of the trigger benchmark (`docs/trigger-analysis.md` §7): null people with 11
 * check-in factors (plain, autocorrelated, clustered attacks, avoidance during attacks, all at
 * once), one real trigger at odds ratio 2, 3 and 4 over 90, 180 and 365 days, and premonitory
 * neck tension.
 */
import { BASE_SCENARIO, type SimScenario } from '../../src/domain/triggers/testing/simulate.ts';

export interface NullScenario {
  id: string;
  label: string;
  scenario: SimScenario;
}

export const NULL_SCENARIOS: NullScenario[] = [
  { id: 'null', label: '11 null factors', scenario: { ...BASE_SCENARIO } },
  {
    id: 'null-autocorrelated',
    label: '+ autocorrelated (stress weeks, poor-sleep runs)',
    scenario: { ...BASE_SCENARIO, autocorrelated: true },
  },
  {
    id: 'null-clustering',
    label: '+ attack clustering (bad spells, no refractory period)',
    scenario: { ...BASE_SCENARIO, clustering: true, weibullShape: 1 },
  },
  {
    id: 'null-avoidance',
    label: '+ avoidance during attacks',
    scenario: { ...BASE_SCENARIO, avoidance: true },
  },
  {
    id: 'null-all',
    label: 'all of these + drinking drifting with attack-free time',
    scenario: {
      ...BASE_SCENARIO,
      autocorrelated: true,
      clustering: true,
      weibullShape: 1,
      avoidance: true,
      gapDrift: true,
    },
  },
];

export const POWER_DAYS = [90, 180, 365] as const;
export const POWER_ODDS = [2, 3, 4] as const;
export const PREMONITORY_DAYS = [90, 180, 365] as const;
