/**
 * Colours of the SVG marks. They repeat app.css (--brand, --line …) because SVG presentation
 * attributes are not reliably resolved from CSS custom properties. The muted grey keeps a 3:1
 * contrast with the white background, so other groups stay readable next to the focus groups.
 */
export const chartColours = {
  series: '#1d5c74',
  focus: '#1d5c74',
  other: '#7d909a',
  grid: '#e9eef0',
  axis: '#5a6b75',
  text: '#4a5d68',
  focusText: '#154558',
} as const;
