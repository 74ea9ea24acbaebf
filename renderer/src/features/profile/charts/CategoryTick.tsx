import { Text } from 'recharts';
import { chartColours } from './chart-colours';
import type { BreakdownRow } from './breakdown-rows';

/**
 * A category's name beside its bar, wrapped on up to three lines so long names (Arabic ones are
 * often longer) are never cut. Anchored at its end in both directions: in a right-to-left SVG the
 * end of a text is its left edge, which is the side next to the bars when the axis stands on the right.
 */
export function CategoryTick({ x, y, code, rows, width }: { x: number | string; y: number | string; code: unknown; rows: readonly BreakdownRow[]; width: number | undefined }) {
  const row = rows.find((r) => r.code === code);
  return (
    <Text
      x={x}
      y={y}
      width={width}
      maxLines={3}
      textAnchor="end"
      verticalAnchor="middle"
      // As a style, not attributes: Text measures its words with the style to decide where to wrap.
      style={{ fontSize: 13, fontWeight: row?.focus ? 600 : 400 }}
      fill={row?.focus ? chartColours.focusText : chartColours.text}
      lineHeight="1.25em"
    >
      {row?.label ?? String(code)}
    </Text>
  );
}
