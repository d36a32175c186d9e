/** Where the head hurts: front and back views of a head, plus the side of the pain. */
import { REGIONS, SIDES } from '../../domain/diary/vocabulary.ts';
import type { Attack } from '../api/types.ts';
import { label } from '../lib/labels.ts';
import { SingleChoice } from './Choices.tsx';
import { type Figure, ZoneDiagram } from './ZoneDiagram.tsx';

const HEAD = 'M18,95 a62,80 0 1,0 124,0 a62,80 0 1,0 -124,0 M60,168 L60,198 L100,198 L100,168';
const TOP = { code: 'top', el: 'ellipse', cx: 80, cy: 30, rx: 36, ry: 13 } as const;

const FRONT: Figure = {
  title: 'Front',
  viewBox: '0 0 160 205',
  outline: HEAD,
  zones: [
    TOP,
    { code: 'forehead', el: 'rect', x: 44, y: 48, w: 72, h: 24, r: 10 },
    { code: 'temple', el: 'ellipse', cx: 27, cy: 86, rx: 10, ry: 17 },
    { code: 'temple', el: 'ellipse', cx: 133, cy: 86, rx: 10, ry: 17 },
    { code: 'behind_eye', el: 'ellipse', cx: 58, cy: 90, rx: 13, ry: 9 },
    { code: 'behind_eye', el: 'ellipse', cx: 102, cy: 90, rx: 13, ry: 9 },
    { code: 'face', el: 'rect', x: 50, y: 106, w: 60, h: 28, r: 10 },
    {
      code: 'jaw',
      el: 'path',
      d: 'M34,132 Q46,172 80,175 Q114,172 126,132 L114,134 Q106,160 80,162 Q54,160 46,134 Z',
    },
  ],
  marks: [
    { x: 8, y: 40, text: 'R' },
    { x: 152, y: 40, text: 'L' },
  ],
};

const BACK: Figure = {
  title: 'Back',
  viewBox: '0 0 160 205',
  outline: HEAD,
  zones: [
    TOP,
    { code: 'back_of_head', el: 'ellipse', cx: 80, cy: 100, rx: 44, ry: 38 },
    { code: 'neck', el: 'rect', x: 62, y: 170, w: 36, h: 26, r: 6 },
  ],
  marks: [
    { x: 8, y: 40, text: 'L' },
    { x: 152, y: 40, text: 'R' },
  ],
};

type Region = Attack['regions'][number];

export function HeadDiagram(props: {
  regions: readonly Region[];
  side: Attack['side'];
  onRegions: (regions: Region[]) => void;
  onSide: (side: Attack['side']) => void;
}) {
  return (
    <>
      <ZoneDiagram
        name="regions"
        legend="Where does it hurt?"
        hint="Tap the drawing or the words. R and L are your right and left."
        figures={[FRONT, BACK]}
        codes={REGIONS}
        value={props.regions}
        onChange={props.onRegions}
      />
      <SingleChoice
        name="side"
        legend="Which side?"
        options={SIDES.map((s) => ({ value: s, label: label(s) }))}
        value={props.side ?? undefined}
        onChange={(s) => props.onSide(s ?? null)}
        clearLabel="Not sure"
      />
    </>
  );
}
