import { COLLECTION_MODELS, type CollectionModel } from '../../shared/contract';

export { COLLECTION_MODELS };
export type { AllocationSettings, CollectionModel, ParameterValueDto } from '../../shared/contract';

/** A parameter's stored text is one of the collection models (history rows are plain parameter values). */
export function isCollectionModelText(value: string): value is CollectionModel {
  return (COLLECTION_MODELS as readonly string[]).includes(value);
}
