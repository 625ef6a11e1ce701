import type { ReactNode } from 'react';
import type { DeadlineView } from '../../shared/api';
import { DeadlineCard } from '../timeline/DeadlineCard';
import { AfspraakCard } from './AfspraakCard';

/** A deadline card of the right sort: an afspraak from a gesprek, or a term from a letter. */
export function DeadlineItem(props: { deadline: DeadlineView }): ReactNode {
  return props.deadline.rule === 'afspraak' ? (
    <AfspraakCard deadline={props.deadline} />
  ) : (
    <DeadlineCard deadline={props.deadline} />
  );
}
