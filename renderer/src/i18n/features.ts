/**
 * Each feature keeps its UI text in its own folder (`features/<area>/text.ts`, made with `featureText`) under
 * its own namespace; this file merges them. Adding a feature's text = one import and one spread in each list.
 */
export const featureZh = {};
export const featureEn = {};
