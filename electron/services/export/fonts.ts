import { readFileSync } from 'node:fs';

/**
 * Noto Sans SC (OFL) from @expo-google-fonts/noto-sans-sc, embedded (subset) in every PDF so Chinese prints the
 * same on any machine, whatever fonts it has. Read once per process (about 10 MB each).
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  if (!fonts) {
    const path = (weight: string) =>
      require.resolve(`@expo-google-fonts/noto-sans-sc/${weight}/NotoSansSC_${weight}.ttf`);
    fonts = { regular: readFileSync(path('400Regular')), bold: readFileSync(path('700Bold')) };
  }
  return fonts;
}
