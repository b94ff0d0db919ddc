import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchema } from '../../packages/server/src/schema.js';
import { FIELD_PERMISSIONS } from '../../packages/server/src/common/graphql/field-guards.js';
import { codeOf, demoUnitId, startSuite, type Suite } from '../support/suite.js';

let s: Suite;
beforeAll(async () => {
  s = await startSuite();
});
afterAll(() => s.close());

const day = (n: number) => new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString().slice(0, 10);
const TOPIC = 'id title draft decisionBasis draftingExplanation state';
const AGENDA = `query($id:ID!){ meeting(id:$id){ id agenda { id consultationTopicId consultationTopic { ${TOPIC} } } } }`;

/** A draft topic of the education bureau, on the agenda of a meeting of the city. */
async function draftTopicOnAgenda() {
  const created = await s.as('jiaoyu.staff', 'mutation($i:TopicInput!){ createTopic(input:$i){ id version state } }', {
    i: {
      title: '学区划分调整方案',
      category: 'LIVELIHOOD',
      draft: '草案全文（未公开）',
      decisionBasis: '决策依据（未公开）',
      draftingExplanation: '起草说明',
      windowStart: day(1),
      windowEnd: day(10),
    },
  });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const topic = created.data.createTopic;
  const meeting = (
    await s.as('mishuke', 'mutation($i:MeetingInput!){ createMeeting(input:$i){ id } }', {
      i: { kind: 'STANDING', title: '市政府常务会议', date: day(20) },
    })
  ).data.createMeeting;
  const item = await s.as('mishuke', 'mutation($m:ID!,$i:AgendaItemInput!){ addAgendaItem(meetingId:$m, input:$i){ id } }', {
    m: meeting.id,
    i: { title: '研究学区划分调整方案', submittingUnitId: demoUnitId('education'), category: 'LIVELIHOOD', consultationTopicId: topic.id },
  });
  if (!item.data) throw new Error(JSON.stringify(item.errors));
  return { topic, meetingId: meeting.id as string };
}

describe('a field that returns another subject checks the reader’s ability on it', () => {
  it('a draft topic on a meeting’s agenda is read through the agenda only by those who may read the topic itself', async () => {
    const { topic, meetingId } = await draftTopicOnAgenda();
    expect(topic.state).toBe('DRAFT');
    // another unit's staff, the E-Government Center and the Secretariat read the meeting, not the draft on it
    for (const user of ['minzheng.staff', 'egov', 'mishuke']) {
      const direct = await s.as(user, `query($id:ID!){ consultationTopic(id:$id){ ${TOPIC} } }`, { id: topic.id });
      expect(codeOf(direct), user).toBe('FORBIDDEN');
      const r = await s.as(user, AGENDA, { id: meetingId });
      expect(r.errors, user).toBeUndefined();
      const [item] = r.data.meeting.agenda;
      expect(item.consultationTopic, user).toBeNull();
      expect(JSON.stringify(r.data)).not.toContain('草案全文');
    }
    // the undertaking unit reads its own draft through the agenda
    const own = await s.as('jiaoyu.staff', AGENDA, { id: meetingId });
    expect(own.data.meeting.agenda[0].consultationTopic).toMatchObject({
      id: topic.id,
      draft: '草案全文（未公开）',
      decisionBasis: '决策依据（未公开）',
    });
    // a unit of another government (a county) does not read the city's meeting at all
    expect(codeOf(await s.as('shuangta.staff', AGENDA, { id: meetingId }))).toBe('FORBIDDEN');
  });

  it('the topic shows through the agenda once its state opens it to the reader', async () => {
    const { topic, meetingId } = await draftTopicOnAgenda();
    const submitted = await s.as('jiaoyu.staff', 'mutation($id:ID!,$v:Int!){ submitTopic(id:$id, version:$v){ id state } }', {
      id: topic.id,
      v: topic.version,
    });
    expect(submitted.data.submitTopic.state).toBe('SUBMITTED');
    // the Secretariat reviews submitted topics: it now reads it, through the agenda as directly
    const secretariat = await s.as('mishuke', AGENDA, { id: meetingId });
    expect(secretariat.data.meeting.agenda[0].consultationTopic).toMatchObject({ id: topic.id, state: 'SUBMITTED' });
    // the E-Government Center reads topics from their approval on, another unit never
    for (const user of ['egov', 'minzheng.staff'])
      expect((await s.as(user, AGENDA, { id: meetingId })).data.meeting.agenda[0].consultationTopic, user).toBeNull();
  });
});

describe('every nested field declares its permission', () => {
  it('the application’s schema builds only with every field resolver declared, with a reason where it is derived', async () => {
    await appSchema();
    const declared = [...FIELD_PERMISSIONS.entries()].flatMap(([cls, fields]) => [...fields].map(([key, p]) => ({ at: `${cls.name}.${key}`, ...p })));
    expect(declared.length).toBeGreaterThan(40);
    for (const p of declared) if (p.kind === 'derived') expect(p.reason.length, p.at).toBeGreaterThan(10);
    // the field that leaked checks the topic it returns
    expect(declared.find((p) => p.at.endsWith('.consultationTopic'))).toMatchObject({ kind: 'read', subject: 'ConsultationTopic' });
  });
});
