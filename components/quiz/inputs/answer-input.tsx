import type { ReactNode } from 'react';

import { claimVerdicts, type Answer, type AnswerOf } from '@/lib/answers';
import type { PublicQuestion, PublicQuestionOf, QuestionKind } from '@/lib/content';
import { claimLabels } from '@/lib/results';

import { CiteInput } from '../cite-input';

import { asChoices, ChoiceInput, SelectInput } from './choice-inputs';
import { MatchInput } from './match-input';
import { OrderInput } from './order-input';

export interface InputProps<K extends QuestionKind> {
  question: PublicQuestionOf<K>;
  answer: AnswerOf<K> | undefined;
  onChange(answer: AnswerOf<K> | null): void;
  /** Once checked, an answer is shown but cannot change. */
  disabled: boolean;
  /** What a screen reader announces for a group of choices. */
  legend: string;
}

/** What the kinds answered with one string (a choice or typed text) share. */
interface TextAnswerProps {
  question: { id: string };
  answer: string | undefined;
  onChange(answer: string | null): void;
  disabled: boolean;
  legend: string;
}

const verdictChoices = claimVerdicts.map((value) => ({ value, label: claimLabels[value] }));

function choices({ question, answer, onChange, disabled, legend }: TextAnswerProps, options: readonly string[]) {
  return <ChoiceInput name={question.id} legend={legend} choices={asChoices(options)} value={answer} onChange={onChange} disabled={disabled} />;
}

/** A typed answer, with an optional hint under its label. */
function typed({ question, answer, onChange, disabled }: TextAnswerProps, hint?: string) {
  const id = `${question.id}-input`;
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        Your answer
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={200}
        value={answer ?? ''}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        className="mt-1 w-full max-w-md rounded-md border border-muted bg-white px-3 py-2 disabled:bg-stone-100"
      />
    </div>
  );
}

/** The control for each kind of question: adding a kind without one is a type error. */
const inputs: { [K in QuestionKind]: (props: InputProps<K>) => ReactNode } = {
  'single-choice': (props) => choices(props, props.question.options),
  'who-said': (props) => choices(props, props.question.speakers),
  claim: ({ question, answer, onChange, disabled, legend }) => (
    <ChoiceInput name={question.id} legend={legend} choices={verdictChoices} value={answer} onChange={(value) => onChange(claimVerdicts.find((v) => v === value) ?? null)} disabled={disabled} />
  ),
  date: (props) => (props.question.options ? choices(props, props.question.options) : typed(props, 'A day, a date, a year or a length of time, as the article puts it.')),
  'short-text': (props) => typed(props),
  'multiple-select': ({ question, answer, onChange, disabled }) => <SelectInput options={question.options} chosen={answer} onChange={onChange} disabled={disabled} />,
  'match-speakers': (props) => <MatchInput {...props} />,
  order: (props) => <OrderInput {...props} />,
  'cite-evidence': ({ question, answer, disabled }) => (
    <CiteInput target={{ questionId: question.id, part: 'answer' }} selected={answer} disabled={disabled} describedBy={`q-${question.id}-title`} />
  ),
};

function inputFor<K extends QuestionKind>(kind: K, props: InputProps<K>): ReactNode {
  const Input = inputs[kind];
  return Input(props);
}

/** The right control for a question's kind, showing the student's answer so far. */
export function AnswerInput(props: Omit<InputProps<QuestionKind>, 'question' | 'answer'> & { question: PublicQuestion; answer: Answer | undefined }) {
  return inputFor(props.question.kind, props);
}
