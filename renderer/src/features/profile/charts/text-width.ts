import { useEffect, useState } from 'react';

let context: CanvasRenderingContext2D | null | undefined;

/** The width a text takes in a CSS font, measured on a canvas that is never attached. */
function textWidth(text: string, font: string): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  return context.measureText(text).width;
}

/**
 * The width of the widest of some texts in the document's font, measured again once that font has
 * loaded. SVG axes need their width before they are drawn, and a measure taken with a fallback
 * font cuts Arabic names, which are drawn wider once Noto Sans Arabic arrives.
 */
export function useWidestText(texts: readonly { text: string; bold: boolean }[], size: number): number {
  const [fontsLoaded, setFontsLoaded] = useState(0);
  const family = getComputedStyle(document.documentElement).fontFamily;
  const fonts = texts.map((t) => `${t.bold ? 600 : 400} ${size}px ${family}`);
  const sample = texts.map((t) => t.text).join(' ');
  const fontList = [...new Set(fonts)].join('\n');
  useEffect(() => {
    let live = true;
    Promise.all(fontList.split('\n').map((font) => document.fonts.load(font, sample)))
      .then(() => {
        if (live) setFontsLoaded((n) => n + 1);
      })
      // A font that cannot load leaves the first measure, taken with the fallback font.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [fontList, sample]);
  // Read so a load re-measures; the value itself does not matter.
  void fontsLoaded;
  return Math.max(0, ...texts.map((t, i) => textWidth(t.text, fonts[i] ?? '')));
}
