import type { ReactNode } from 'react';

import { claimVerdicts, type Answer, type AnswerOf } from '@/lib/answers';
import type { PublicQuestion, PublicQuestionOf, QuestionKind } from '@/lib/content';
import { rowOrder } from '@/lib/quiz';
import { claimLabels } from '@/lib/results';

import { CiteInput } from '../cite-input';

import { asChoices, ChoiceInput, SelectInput } from './choice-inputs';
import { MatchInput, type MatchWording } from './match-input';
import { OrderInput } from './order-input';

export interface InputProps<K extends QuestionKind> {
  question: PublicQuestionOf<K>;
  answer: AnswerOf<K> | undefined;
  onChange(answer: AnswerOf<K> | null): void;
  /** Once checked, an answer is shown but cannot change. */
  disabled: boolean;
  /** What a screen reader announces for a group of choices. */
  legend: string;
  /** The seed of the student's own order (see lib/quiz's arrangement): a matching's rows are shown in it. */
  seed: string | null;
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

/** What a typed answer's box says beside it: a hint under the label, and a unit after the box. */
interface TypedExtras {
  hint?: string;
  unit?: string;
}

/** A typed answer, with an optional hint under its label and unit beside the box; both are read with the box. */
function typed({ question, answer, onChange, disabled }: TextAnswerProps, { hint, unit }: TypedExtras = {}) {
  const id = `${question.id}-input`;
  const described = [hint && `${id}-hint`, unit && `${id}-unit`].filter(Boolean).join(' ');
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
      <div className="mt-1 flex max-w-md items-center gap-2">
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={200}
          value={answer ?? ''}
          disabled={disabled}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
          className="w-full min-w-0 rounded-md border border-muted bg-white px-3 py-2 disabled:bg-stone-100"
        />
        {unit && (
          <span id={`${id}-unit`} className="shrink-0">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}

/*
 * A number is typed in an ordinary text box: a phone's number pad (inputmode
 * "numeric" or "decimal") has no letters for "fourteen" and, on iPhones, no
 * minus sign for "-3", and type="number" would refuse "14 agreements".
 */
const NUMBER_HINT = 'A number, in digits or words.';

const speakerWording: MatchWording = { label: (n) => `Speaker of quote ${n}`, placeholder: 'Choose a speaker…', quoted: true };
const matchWording: MatchWording = { label: (n) => `Match for item ${n}`, placeholder: 'Choose a match…', quoted: false };

/** A matching's lists, its rows shown in the student's own order once their seed is known. */
function matchInput({ question, answer, onChange, disabled, seed }: Omit<InputProps<'matching'>, 'question'> & { question: { id: string } }, items: readonly string[], choices: readonly string[], wording: MatchWording) {
  const rows = seed === null ? undefined : rowOrder(question, items.length, seed);
  return <MatchInput id={question.id} items={items} rows={rows} choices={choices} wording={wording} answer={answer} onChange={onChange} disabled={disabled} />;
}

/** The control for each kind of question: adding a kind without one is a type error. */
const inputs: { [K in QuestionKind]: (props: InputProps<K>) => ReactNode } = {
  'single-choice': (props) => choices(props, props.question.options),
  'who-said': (props) => choices(props, props.question.speakers),
  claim: ({ question, answer, onChange, disabled, legend }) => (
    <ChoiceInput name={question.id} legend={legend} choices={verdictChoices} value={answer} onChange={(value) => onChange(claimVerdicts.find((v) => v === value) ?? null)} disabled={disabled} />
  ),
  date: (props) => (props.question.options ? choices(props, props.question.options) : typed(props, { hint: 'A day, a date, a year or a length of time, as the article puts it.' })),
  numeric: (props) => typed(props, { hint: NUMBER_HINT, unit: props.question.unit }),
  'short-text': (props) => typed(props),
  'multiple-select': ({ question, answer, onChange, disabled }) => <SelectInput options={question.options} chosen={answer} onChange={onChange} disabled={disabled} />,
  'match-speakers': (props) => matchInput(props, props.question.quotes, props.question.speakers, speakerWording),
  matching: (props) => matchInput(props, props.question.items, props.question.matches, matchWording),
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
