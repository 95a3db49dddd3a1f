/**
 * Each feature keeps its UI text in its own folder (`features/<area>/text.ts`, made with `featureText`) under
 * its own namespace; this file merges them. Adding a feature's text = one import and one spread in each list.
 */
import { claimsText } from '../features/claims/text';
import { budgetText } from '../features/budget/text';

export const featureZh = {
  ...claimsText.zh,
  ...budgetText.zh,
};
export const featureEn = {
  ...claimsText.en,
  ...budgetText.en,
};
