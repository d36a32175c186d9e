/** Where the practitioner's hands rested in a hands-on session (CST, massage): a body chart. */
import { HAND_POSITIONS } from '../../domain/diary/vocabulary.ts';
import type { Session } from '../api/types.ts';
import { type Figure, type Zone, ZoneDiagram } from './ZoneDiagram.tsx';

const BODY =
  'M44,22 a16,16 0 1,0 32,0 a16,16 0 1,0 -32,0 ' +
  'M53,38 L67,38 L69,46 L90,52 L100,120 L91,123 L85,68 L84,130 L80,238 L66,238 L62,142 ' +
  'L58,142 L54,238 L40,238 L36,130 L35,68 L29,123 L20,120 L30,52 L51,46 Z';

const SHARED: Zone[] = [
  { code: 'top_of_head', el: 'ellipse', cx: 60, cy: 7, rx: 12, ry: 6 },
  { code: 'sides_of_head', el: 'ellipse', cx: 43, cy: 23, rx: 5, ry: 8 },
  { code: 'sides_of_head', el: 'ellipse', cx: 77, cy: 23, rx: 5, ry: 8 },
  { code: 'neck', el: 'rect', x: 53, y: 39, w: 14, h: 8, r: 3 },
  { code: 'shoulders', el: 'ellipse', cx: 35, cy: 54, rx: 9, ry: 6 },
  { code: 'shoulders', el: 'ellipse', cx: 85, cy: 54, rx: 9, ry: 6 },
  { code: 'feet', el: 'rect', x: 38, y: 240, w: 18, h: 10, r: 4 },
  { code: 'feet', el: 'rect', x: 64, y: 240, w: 18, h: 10, r: 4 },
];

const FRONT: Figure = {
  title: 'Front',
  viewBox: '0 0 120 256',
  outline: BODY,
  zones: [
    ...SHARED,
    { code: 'forehead', el: 'rect', x: 48, y: 13, w: 24, h: 8, r: 3 },
    { code: 'jaw', el: 'ellipse', cx: 60, cy: 33, rx: 10, ry: 4 },
    { code: 'diaphragm', el: 'rect', x: 40, y: 78, w: 40, h: 14, r: 5 },
    { code: 'pelvis', el: 'rect', x: 38, y: 112, w: 44, h: 20, r: 6 },
  ],
};

const BACK: Figure = {
  title: 'Back',
  viewBox: '0 0 120 256',
  outline: BODY,
  zones: [
    ...SHARED,
    { code: 'skull_base', el: 'rect', x: 47, y: 30, w: 26, h: 7, r: 3 },
    { code: 'upper_back', el: 'rect', x: 38, y: 56, w: 44, h: 26, r: 6 },
    { code: 'lower_back', el: 'rect', x: 38, y: 92, w: 44, h: 20, r: 6 },
    { code: 'spine', el: 'rect', x: 56, y: 50, w: 8, h: 66, r: 3 },
    { code: 'sacrum', el: 'path', d: 'M50,116 L70,116 L60,136 Z' },
  ],
};

type Position = Session['handPositions'][number];

export function BodyChart(props: {
  value: readonly Position[];
  onChange: (v: Position[]) => void;
}) {
  return (
    <ZoneDiagram
      name="handPositions"
      legend="Hand positions"
      hint="Where the hands rested. Tap the chart or the words."
      figures={[FRONT, BACK]}
      codes={HAND_POSITIONS}
      value={props.value}
      onChange={props.onChange}
    />
  );
}
