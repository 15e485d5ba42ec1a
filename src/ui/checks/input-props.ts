import type { Check } from '../../content/model';
import type { Response } from '../../lesson/types';

/** What every check input gets: the check, its display order, the draft answer and how to change it. */
export interface CheckInputProps<C extends Check = Check> {
  readonly check: C;
  /** Ids in the order this learner sees them (shuffled per learner with the lesson's seed). */
  readonly order: readonly string[];
  readonly value: Response;
  readonly onChange: (next: Response) => void;
  readonly disabled: boolean;
  /** Id of the element that holds the question text, to label the group. */
  readonly labelId: string;
  /** After the check is finished: the right answer, for marking options. */
  readonly reveal: Response | null;
}
