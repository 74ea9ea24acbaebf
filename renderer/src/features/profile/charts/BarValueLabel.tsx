import type { LabelProps } from 'recharts';
import { chartColours } from './chart-colours';

/**
 * The exact value just past the end of a horizontal bar. Anchored at its start in both directions:
 * in a right-to-left SVG the start of a text is its right edge, which touches a bar growing leftwards.
 */
export function BarValueLabel({ props, rtl, text }: { props: LabelProps; rtl: boolean; text: (index: number) => string }) {
  const box = props.viewBox;
  if (!box || !('width' in box) || props.index === undefined) return null;
  const { x = 0, y = 0, width = 0, height = 0 } = box;
  const left = Math.min(x, x + width);
  const right = Math.max(x, x + width);
  return (
    <text x={rtl ? left - 6 : right + 6} y={y + height / 2} textAnchor="start" dominantBaseline="central" fontSize={12} fill={chartColours.text}>
      {text(props.index)}
    </text>
  );
}
