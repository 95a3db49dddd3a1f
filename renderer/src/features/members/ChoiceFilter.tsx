import { useCallback } from 'react';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import type { MemberDto } from '../../shared/contract';

/** The model this filter produces: a text "equals" on the stored code (M/F, active/left). */
export interface ChoiceFilterModel {
  filterType: 'text';
  type: 'equals';
  filter: string;
}

export interface ChoiceFilterParams {
  choices: readonly { value: string; label: string }[];
  allLabel: string;
  ariaLabel: string;
}

/**
 * A drop-down filter for columns with a few coded values (gender, status). The server filters; this only
 * builds the model, so `doesFilterPass` is never consulted by the infinite row model.
 */
export function ChoiceFilter(props: CustomFilterProps<MemberDto, unknown, ChoiceFilterModel> & ChoiceFilterParams) {
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });
  const { model, onModelChange, choices, allLabel, ariaLabel } = props;
  return (
    <div className="choice-filter">
      <select
        aria-label={ariaLabel}
        value={model?.filter ?? ''}
        onChange={(e) =>
          onModelChange(e.target.value ? { filterType: 'text', type: 'equals', filter: e.target.value } : null)
        }
      >
        <option value="">{allLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
