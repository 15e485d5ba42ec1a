import type { CheckInputProps } from './input-props';
import { Matching } from './Matching';
import { MultipleResponse } from './MultipleResponse';
import { Ordering } from './Ordering';
import { SingleChoice, TrueFalse } from './SingleChoice';

/** The input for a check's type. */
export function CheckInput(props: CheckInputProps) {
  const { check } = props;
  switch (check.type) {
    case 'single-choice':
      return <SingleChoice {...props} check={check} />;
    case 'multiple-response':
      return <MultipleResponse {...props} check={check} />;
    case 'true-false':
      return <TrueFalse {...props} check={check} />;
    case 'ordering':
      return <Ordering {...props} check={check} />;
    case 'matching':
      return <Matching {...props} check={check} />;
  }
}
