import { describe, expect, it } from 'vitest';

import { toPublicQuestion, type PublicQuestion } from '@/lib/content';
import { questionSpeech } from '@/lib/reading-aids';

import { makeQuestion } from '../support/seed';

const order = toPublicQuestion(makeQuestion('order', { prompt: 'Put these in order', items: ['trade record', 'peace plan', 'Xi lands'] }));

describe('questionSpeech', () => {
  it.each<[string, PublicQuestion, number, string]>([
    [
      'a choice: prompt and choices',
      toPublicQuestion(makeQuestion('single-choice', { prompt: 'How long was the visit?', options: ['Two days', 'Three days'], answer: 'Two days' })),
      1,
      'Question 1. How long was the visit? Choices: Three days. Two days.',
    ],
    [
      'several choices',
      toPublicQuestion(makeQuestion('multiple-select', { prompt: 'What did China do', options: ['Sent goods', 'Built roads.'], answers: ['Sent goods'] })),
      2,
      'Question 2. What did China do. Choose all that apply: Built roads. Sent goods.',
    ],
    [
      'a claim: the claim and the three verdicts',
      toPublicQuestion(makeQuestion('claim', { prompt: 'Is this claim true?', claim: 'China sent arms', answer: 'false' })),
      3,
      'Question 3. Is this claim true? The claim: China sent arms. Choices: True. False. Not stated in the article.',
    ],
    [
      'who said it: the quotation and the speakers',
      toPublicQuestion(makeQuestion('who-said', { prompt: 'Who said this?', quote: 'a journey of friendship', speakers: ['Xi Jinping', 'Vladimir Putin'], answer: 'Xi Jinping' })),
      4,
      'Question 4. Who said this? The quotation: “a journey of friendship”. Speakers: Vladimir Putin. Xi Jinping.',
    ],
    [
      'a quotation ending a sentence inside its marks',
      toPublicQuestion(makeQuestion('who-said', { prompt: 'Who said this?', quote: 'We are friends.', speakers: ['Xi Jinping', 'Vladimir Putin'], answer: 'Xi Jinping' })),
      5,
      'Question 5. Who said this? The quotation: “We are friends.” Speakers: Vladimir Putin. Xi Jinping.',
    ],
    [
      'matching: each quote numbered, then the speakers in the order shown',
      toPublicQuestion(
        makeQuestion('match-speakers', {
          prompt: 'Match each quote',
          pairs: [
            { quote: 'a journey of friendship', speaker: 'Xi Jinping' },
            { quote: 'avoid politicization', speaker: 'Chinese foreign ministry' },
          ],
        }),
      ),
      6,
      'Question 6. Match each quote. Quote 1: “a journey of friendship”. Quote 2: “avoid politicization”. Speakers: Chinese foreign ministry. Xi Jinping.',
    ],
    ['events to order, as shown', order, 7, `Question 7. Put these in order. Events to put in order: ${(order as { items: string[] }).items.map((i) => `${i}.`).join(' ')}`],
    ['a date to type', toPublicQuestion(makeQuestion('date', { prompt: 'When did Xi land?', answer: 'Monday' })), 8, 'Question 8. When did Xi land? Type your answer.'],
    [
      'a date to choose',
      toPublicQuestion(makeQuestion('date', { prompt: 'When did Xi land?', answer: 'Monday', options: ['Monday', 'Tuesday'] })),
      9,
      'Question 9. When did Xi land? Choices: Monday. Tuesday.',
    ],
    ['a typed answer', toPublicQuestion(makeQuestion('short-text', { prompt: 'In which city?', answer: 'Moscow' })), 10, 'Question 10. In which city? Type your answer.'],
    ['a number to type, with its unit', toPublicQuestion(makeQuestion('numeric', { prompt: 'How many days?', answer: 3, unit: 'days' })), 11, 'Question 11. How many days? Type a number, in days.'],
    ['a number to type', toPublicQuestion(makeQuestion('numeric', { prompt: 'How many?', answer: 3 })), 12, 'Question 12. How many? Type a number.'],
    [
      'a general matching: each item numbered, then the matches in the order shown',
      toPublicQuestion(makeQuestion('matching', { prompt: 'Match each country', pairs: [{ item: 'Russia', match: 'Moscow' }, { item: 'China', match: 'Beijing' }] })),
      13,
      'Question 13. Match each country. Item 1: Russia. Item 2: China. Matches: Beijing. Moscow.',
    ],
  ])('%s', (_, question, number, expected) => {
    expect(questionSpeech(question, number)).toBe(expected);
  });
});
