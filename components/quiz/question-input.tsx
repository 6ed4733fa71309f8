'use client';

import type { PublicQuestion } from '@/lib/content';
import { claimVerdicts, type Answer } from '@/lib/answers';
import { claimLabels } from '@/lib/results';

import { CiteInput } from './cite/cite-input';
import { asChoices, ChoiceInput } from './inputs/choice-input';
import { MatchInput } from './inputs/match-input';
import { OrderInput } from './inputs/order-input';
import { SelectInput } from './inputs/select-input';
import { TextInput } from './inputs/text-input';

interface QuestionInputProps {
  question: PublicQuestion;
  answer: Answer | undefined;
  onChange(answer: Answer | null): void;
  disabled: boolean;
  legend: string;
}

const verdictChoices = claimVerdicts.map((value) => ({ value, label: claimLabels[value] }));

/** The right control for each kind of question. */
export function QuestionInput({ question, answer, onChange, disabled, legend }: QuestionInputProps) {
  const single = { name: question.id, legend, value: answer as string | undefined, onChange, disabled };
  switch (question.kind) {
    case 'single-choice':
      return <ChoiceInput {...single} choices={asChoices(question.options)} />;
    case 'who-said':
      return <ChoiceInput {...single} choices={asChoices(question.speakers)} />;
    case 'claim':
      return <ChoiceInput {...single} choices={verdictChoices} />;
    case 'date':
      return question.options ? (
        <ChoiceInput {...single} choices={asChoices(question.options)} />
      ) : (
        <TextInput id={`${question.id}-input`} label="Your answer" hint="A day, a date, a year or a length of time, as the article puts it." {...single} />
      );
    case 'short-text':
      return <TextInput id={`${question.id}-input`} label="Your answer" {...single} />;
    case 'multiple-select':
      return <SelectInput question={question} answer={answer as string[] | undefined} onChange={onChange} disabled={disabled} />;
    case 'match-speakers':
      return <MatchInput question={question} answer={answer as Record<string, string> | undefined} onChange={onChange} disabled={disabled} />;
    case 'order':
      return <OrderInput question={question} answer={answer as string[] | undefined} onChange={onChange} disabled={disabled} />;
    case 'cite-evidence':
      return <CiteInput target={{ questionId: question.id, part: 'answer' }} selected={answer as string[] | undefined} disabled={disabled} describedBy={`q-${question.id}-title`} />;
  }
}
