/// <reference types="vite/client" />

// lucide's per-icon modules (no types of their own): each is the icon's SVG elements as data.
declare module 'lucide/dist/esm/icons/*.mjs' {
  const node: readonly (readonly [string, Record<string, string | number | undefined>])[];
  export default node;
}
