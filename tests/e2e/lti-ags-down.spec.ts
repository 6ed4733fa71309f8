import { answerSomeRightSomeWrong } from './seed-answers';
import { expect, LAUNCH, readerInFrame, test, toolFrame } from './support/lti-fixtures';

test('the gradebook is down when the student submits: the error, Send again, the answers kept; once it is back the score is sent once', async ({ page, platform }) => {
  const launch = await platform.launch({ name: 'Katherine Johnson', custom: { set: 'xi-jinping-in-russia' }, context: { id: `course-${Date.now()}`, title: 'Geography 8' } });
  await page.goto(launch.url);
  const tool = toolFrame(page);
  const reader = readerInFrame(page);
  await expect(tool.getByText('Answering as Katherine Johnson')).toBeVisible(LAUNCH);
  await reader.waitForSavedAnswers();
  await answerSomeRightSomeWrong(reader);

  await platform.agsDown(launch, true);
  await reader.submit({ anyway: true });
  await expect(tool.getByText('Your score could not be sent to Geography 8')).toBeVisible(LAUNCH);
  await expect(tool.getByText('Your answers are kept; try again.')).toBeVisible();
  const sendAgain = tool.getByRole('button', { name: 'Send again' });
  await expect(sendAgain).toBeVisible();
  await expect(tool.getByText('Your score was sent to')).toBeHidden();
  // The answers are still there, and still the student's to change.
  await expect(reader.question('city-xi-landed-in').getByRole('textbox')).toHaveValue('  MOSCOW ');
  await expect(reader.question('city-xi-landed-in').getByRole('textbox')).toBeEditable();
  await expect(reader.question('who-said-high-hopes').getByRole('radio', { name: 'Moritz Rudolf', exact: true })).toBeChecked();
  let state = await platform.state(launch);
  expect(state.scores).toEqual([]);
  expect(state.agsRefusals.map((r) => r.status)).toContain(503);

  await platform.agsDown(launch, false);
  await sendAgain.click();
  await expect(tool.getByText('Your score was sent to Geography 8.')).toBeVisible(LAUNCH);
  await expect(sendAgain).toBeHidden();
  state = await platform.state(launch);
  expect(state.scores.filter((s) => s.userId === launch.sub)).toHaveLength(1);
});
