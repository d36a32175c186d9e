/**
 * A tappable drawing (head diagram, body chart). The drawing is a pointer convenience: it is
 * hidden from assistive technology, and the same choices are offered as labelled checkboxes
 * next to it, so keyboard and screen-reader users lose nothing.
 */
import { label } from '../lib/labels.ts';
import { MultiChoice } from './Choices.tsx';

export type Zone =
  | { code: string; el: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { code: string; el: 'rect'; x: number; y: number; w: number; h: number; r?: number }
  | { code: string; el: 'path'; d: string };

export interface Figure {
  title: string;
  viewBox: string;
  /** Outline drawn under the zones (not interactive). */
  outline: string;
  zones: Zone[];
  /** Small text labels drawn on the figure (e.g. "R", "L"). */
  marks?: { x: number; y: number; text: string }[];
}

const zoneKey = (z: Zone) => `${z.code}:${z.el === 'ellipse' ? z.cx : z.el === 'rect' ? z.x : z.d}`;

function ZoneShape({ zone, on, toggle }: { zone: Zone; on: boolean; toggle: () => void }) {
  const common = {
    className: on ? 'zone on' : 'zone',
    onClick: toggle,
    'data-zone': zone.code,
  };
  if (zone.el === 'ellipse') {
    return <ellipse {...common} cx={zone.cx} cy={zone.cy} rx={zone.rx} ry={zone.ry} />;
  }
  if (zone.el === 'rect') {
    return (
      <rect {...common} x={zone.x} y={zone.y} width={zone.w} height={zone.h} rx={zone.r ?? 6} />
    );
  }
  return <path {...common} d={zone.d} />;
}

export function ZoneDiagram<V extends string>(props: {
  name: string;
  legend: string;
  hint?: string;
  figures: Figure[];
  codes: readonly V[];
  value: readonly V[];
  onChange: (value: V[]) => void;
}) {
  const toggle = (code: string) => {
    const v = code as V;
    props.onChange(
      props.value.includes(v) ? props.value.filter((x) => x !== v) : [...props.value, v],
    );
  };
  return (
    <div className="zone-diagram">
      <div className="figures" aria-hidden="true">
        {props.figures.map((f) => (
          <figure key={f.title}>
            <svg viewBox={f.viewBox} role="presentation">
              <path className="outline" d={f.outline} />
              {f.zones.map((z) => (
                <ZoneShape
                  key={zoneKey(z)}
                  zone={z}
                  on={props.value.includes(z.code as V)}
                  toggle={() => toggle(z.code)}
                />
              ))}
              {f.marks?.map((m) => (
                <text key={`${m.text}-${m.x}`} x={m.x} y={m.y} className="mark">
                  {m.text}
                </text>
              ))}
            </svg>
            <figcaption>{f.title}</figcaption>
          </figure>
        ))}
      </div>
      <MultiChoice
        name={props.name}
        legend={props.legend}
        hint={props.hint}
        options={props.codes.map((c) => ({ value: c, label: label(c) }))}
        value={props.value}
        onChange={props.onChange}
      />
    </div>
  );
}
