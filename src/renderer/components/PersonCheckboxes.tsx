import type { ReactNode } from 'react';
import type { PersonView } from '../../shared/api';

/**
 * Ticks people by name, with their role as a hint where two share a name. Events and bundles
 * refer to people by name (as the letters do), so that is what `chosen` holds.
 */
export function PersonCheckboxes(props: {
  people: readonly PersonView[];
  chosen: readonly string[];
  onToggle(name: string): void;
}): ReactNode {
  return (
    <div className="checkbox-grid">
      {props.people.map((person) => (
        <label key={person.id} className="checkbox">
          <input
            type="checkbox"
            checked={props.chosen.includes(person.name)}
            onChange={() => props.onToggle(person.name)}
          />
          {person.name}
          {person.role ? <span className="muted"> ({person.role})</span> : null}
        </label>
      ))}
    </div>
  );
}
