// System 5 (政策解读制度) as data. The notice, section 五:
// "按照‘谁起草、谁解读’的原则 … 对上报材料不齐全的、无解读方案及解读材料的，政务公开办公室予以退文 …
//  解读时间不超过发文后的3个工作日。文件印发后，相关解读材料随文件同步在政府网站或其他媒体发布。"
import {
  INTERPRETATION_PUBLISHED_STATES,
  isDocumentIssued,
  INTERPRETATION_STEP_FROM,
  isInterpretationOverdue,
  type InterpretationState,
} from '@gongkai/shared';
import type { GuardRefusal, Workflow } from '../../common/workflow/workflow.js';
import { Interpretation } from './interpretation.entities.js';
import { InterpretationError as E } from './interpretation.errors.js';
import { now } from '../../common/clock.js';

/** The plan: scope, forms, schedule and spokesperson. */
export function planMissing(i: Pick<Interpretation, 'scope' | 'forms' | 'schedule' | 'spokesperson'> | null): GuardRefusal | null {
  if (!i || !i.scope?.trim() || !i.forms.length || !i.schedule?.trim() || !i.spokesperson?.trim()) {
    return {
      code: E.INTERPRETATION_PLAN_REQUIRED,
      message: '解读方案不完整：须有解读范围、解读形式、时间安排和解读人（与群众利益密切相关的文件须随文附送）',
      field: 'interpretation',
    };
  }
  return null;
}

/** The materials: at least the interpretation text. */
export function materialsMissing(i: Pick<Interpretation, 'content'> | null): GuardRefusal | null {
  if (!i || !i.content?.trim()) {
    return {
      code: E.INTERPRETATION_MATERIALS_REQUIRED,
      message: '缺少解读材料（解读正文）；与群众利益密切相关的文件须随文附送',
      field: 'interpretation',
    };
  }
  return null;
}

export const TODO_PUBLISH = 'interpretation.publish';

export const interpretationWorkflow: Workflow<Interpretation, InterpretationState> = {
  subject: 'Interpretation',
  entity: Interpretation,
  noun: '政策解读',
  state: (i) => i.state,
  setState: (i, s) => (i.state = s),
  snapshot: (i) => ({ documentId: i.document.id, stage: i.stage, state: i.state, title: i.title, deadline: i.deadline, forms: i.forms }),
  // "published": in the 政策解读 column; "overdue": not published by the end of the deadline day
  publishedStates: INTERPRETATION_PUBLISHED_STATES,
  isOverdue: isInterpretationOverdue,
  deadlines: {
    // 解读时间不超过发文后的3个工作日: counted from the issue date, with the working days in force that day
    publish: {
      from: async (i) => (await i.document.load())?.issueDate ?? null,
      workingDays: 'interpretation.deadlineWorkingDays',
      set: (i, date) => (i.deadline = date),
    },
  },
  transitions: {
    publish: {
      action: 'publish',
      from: INTERPRETATION_STEP_FROM.publish,
      to: 'PUBLISHED',
      label: '发布',
      guards: [
        async (i) => {
          const d = await i.document.load();
          if (!d || !isDocumentIssued(d)) return { code: E.INTERPRETATION_DOCUMENT_NOT_ISSUED, message: '文件印发后才能发布解读' };
          if (d.disclosureAttribute !== 'PROACTIVE' || d.classified) {
            return { code: E.INTERPRETATION_DOCUMENT_NOT_PUBLIC, message: '只有主动公开的文件，其解读才在政府网站发布' };
          }
          return null;
        },
        (i) => planMissing(i),
        (i) => materialsMissing(i),
      ],
      apply: (i) => {
        i.publishedAt = now();
      },
      closeTodos: [TODO_PUBLISH],
    },
  },
};
