/**
 * Admin SPA, end to end, for the evaluation's public questionnaire: on a round of its own (made
 * through the API, started), the academy sets up the questionnaire — title, window, minimum of
 * responses, two questions counted into 回应社会关切 — saves and publishes it; citizens answer it on
 * the portal's API; on the server whose clock stands after the window the academy scores the
 * answers: 市教育局, with enough responses, gets 15 × (mean − 1) ÷ 4, 市民政局 with too few is left
 * to the evaluators. Screenshots: test-results/screenshots/admin-evalq-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { demoUnitId } from '../../packages/server/src/modules/organisation/organisation.seed.js';
import {
  BASE_URL,
  LATER_URL,
  confirmMessageBox,
  dayFromToday,
  fetchGraphql,
  launchChromium,
  prepareEvaluationRound,
  RUN,
  screenshotter,
  signIn,
  textOf,
  type PreparedRound,
} from './support.js';

const YEAR = Number(dayFromToday(0).slice(0, 4)) + 3;
const TITLE = `政务公开满意度调查（${RUN}）`;
let browser: Browser;
let round: PreparedRound;

beforeAll(async () => {
  browser = await launchChromium();
  round = await prepareEvaluationRound(YEAR, [demoUnitId('education'), demoUnitId('civil')], { start: true });
});
afterAll(() => browser?.close());

const shot = screenshotter('admin-evalq', { animations: 'disabled', fullPage: true });
const panel = (page: Page) => page.getByTestId('questionnaire-panel');

async function openPanel(page: Page) {
  await page.goto(`${page.url().split('/admin/')[0]}/admin/evaluation/rounds/${round.roundId}?tab=questionnaire`);
  await panel(page).waitFor();
}

describe('the questionnaire of a round', () => {
  it('the academy sets it up and publishes it on the portal', async () => {
    const page = await signIn(browser, 'xueyuan');
    await openPanel(page);
    await panel(page).getByTestId('questionnaire-create').click();
    await panel(page).getByTestId('questionnaire-title').locator('input').fill(TITLE);
    await panel(page).getByTestId('questionnaire-question-0').locator('input').first().fill('您能否方便地找到该单位公开的政策文件？');
    await panel(page).getByTestId('questionnaire-add-question').click();
    await panel(page).getByTestId('questionnaire-question-1').locator('input').first().fill('该单位是否及时回应您反映的问题？');
    const min = panel(page).getByTestId('questionnaire-min').locator('input');
    await min.fill('2');
    await min.press('Tab');
    await shot(page, 'edit');
    await panel(page).getByTestId('questionnaire-save').click();
    await expect.poll(() => textOf(panel(page).getByTestId('questionnaire-state'))).toBe('起草中');
    await panel(page).getByTestId('questionnaire-publish').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(panel(page).getByTestId('questionnaire-state'))).toBe('已发布');
    expect(await textOf(panel(page))).toContain('调查中');
    // not yet: the window is open
    expect(await panel(page).getByTestId('questionnaire-aggregate').count()).toBe(0);
    await page.context().close();
  });

  it('after the window, the academy scores the answers by the declared rule', async () => {
    const { publicQuestionnaires } = await fetchGraphql<any>('{ publicQuestionnaires { id title questions { id } } }');
    const q = publicQuestionnaires.find((x: any) => x.title === TITLE);
    expect(q.questions).toHaveLength(2);
    const answer = (unit: string, phone: string, values: number[]) =>
      fetchGraphql('mutation($i:QuestionnaireResponseInput!){ submitQuestionnaireResponse(input:$i){ received } }', {
        i: {
          questionnaireId: q.id,
          unitId: demoUnitId(unit),
          phone,
          idempotencyKey: `e2e-${RUN}-${phone}`,
          answers: q.questions.map((x: any, i: number) => ({ questionId: x.id, value: values[i] })),
        },
      });
    const tail = String(parseInt(RUN, 36) % 1e6).padStart(6, '0');
    // 市教育局: (5 + 4 + 4 + 3) ÷ 4 = 4 → 15 × (4 − 1) ÷ 4 = 11.25; 市民政局: one response, below the minimum of two
    await answer('education', `13711${tail}`, [5, 4]);
    await answer('education', `13722${tail}`, [4, 3]);
    await answer('civil', `13733${tail}`, [1, 2]);

    const page = await signIn(browser, 'xueyuan', undefined, LATER_URL);
    await openPanel(page);
    await expect.poll(() => textOf(panel(page).getByTestId('questionnaire-state'))).toBe('已发布');
    expect(await textOf(panel(page))).toContain('已结束');
    const tally = panel(page).getByTestId('questionnaire-tally');
    await expect.poll(() => textOf(tally.locator('tbody tr', { hasText: '朝阳市教育局' }))).toContain('4.00');
    expect(await textOf(tally.locator('tbody tr', { hasText: '朝阳市民政局' }))).toContain('不足2份');
    await panel(page).getByTestId('questionnaire-aggregate').click();
    await confirmMessageBox(page);
    await expect.poll(() => textOf(panel(page).getByTestId('questionnaire-state'))).toBe('已折算计分');
    await shot(page, 'aggregated');
    await page.context().close();

    const scores = async (unit: string) =>
      (
        await fetchGraphql<any>(
          'query($r:ID!,$u:ID!){ evaluationScores(roundId:$r, unitId:$u){ score method indicator { id } } }',
          { r: round.roundId, u: demoUnitId(unit) },
          round.academy,
        )
      ).evaluationScores.filter((s: any) => s.indicator.id === round.responseIndicatorId);
    expect(await scores('education')).toEqual([{ score: 11.25, method: 'QUESTIONNAIRE', indicator: { id: round.responseIndicatorId } }]);
    expect(await scores('civil')).toEqual([]);
    expect(BASE_URL).not.toBe(LATER_URL);
  });
});
