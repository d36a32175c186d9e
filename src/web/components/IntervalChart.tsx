/**
 * The verdict's rate ratio with its 95 % interval on a log axis: 1 is "no change", below 1 is
 * fewer days with the therapy. A plain sentence carries the same numbers for screen readers.
 */
const MIN = 0.25;
const MAX = 4;
const TICKS = [0.25, 0.5, 0.75, 1, 1.5, 2, 4];
const W = 320;
const PAD = 18;

const xOf = (r: number) => {
  const clamped = Math.min(MAX, Math.max(MIN, r));
  return (
    PAD + ((Math.log(clamped) - Math.log(MIN)) / (Math.log(MAX) - Math.log(MIN))) * (W - 2 * PAD)
  );
};

export function IntervalChart(props: { median: number; low: number; high: number; what: string }) {
  const { median, low, high } = props;
  const fmt = (n: number) => n.toFixed(2);
  return (
    <figure className="interval">
      <svg viewBox={`0 0 ${W} 74`} aria-hidden="true">
        <rect x={xOf(MIN)} y="22" width={xOf(1) - xOf(MIN)} height="20" className="better-zone" />
        <line x1={xOf(1)} x2={xOf(1)} y1="14" y2="50" className="no-change" />
        <line x1={xOf(low)} x2={xOf(high)} y1="32" y2="32" className="ci" />
        <line x1={xOf(low)} x2={xOf(low)} y1="25" y2="39" className="ci" />
        <line x1={xOf(high)} x2={xOf(high)} y1="25" y2="39" className="ci" />
        <circle cx={xOf(median)} cy="32" r="6" className="median" />
        {TICKS.map((t) => (
          <text key={t} x={xOf(t)} y="66" className="tick">
            {t}
          </text>
        ))}
        <text x={xOf(MIN)} y="12" className="zone-label">
          fewer {props.what}
        </text>
        <text x={xOf(MAX)} y="12" className="zone-label end">
          more {props.what}
        </text>
      </svg>
      <figcaption>
        Rate ratio {fmt(median)} (95 % interval {fmt(low)} to {fmt(high)}). 1 means no change; below
        1 means fewer {props.what} during the course than before it.
      </figcaption>
    </figure>
  );
}
