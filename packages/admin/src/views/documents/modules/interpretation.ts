import type { InterpretationForm } from '@gongkai/shared';
import type { InterpretationFieldsFragment, InterpretationInput } from '../gql/graphql';

/** The editable plan and materials of one stage, as the form holds them (links one per line). */
export interface InterpretationDraft {
  title: string;
  scope: string;
  forms: InterpretationForm[];
  schedule: string;
  spokesperson: string;
  content: string;
  qa: string;
  links: string;
}

export function emptyDraft(): InterpretationDraft {
  return { title: '', scope: '', forms: [], schedule: '', spokesperson: '', content: '', qa: '', links: '' };
}

export function draftOf(i: InterpretationFieldsFragment | null | undefined): InterpretationDraft {
  if (!i) return emptyDraft();
  return {
    title: i.title,
    scope: i.scope ?? '',
    forms: [...(i.forms as InterpretationForm[])],
    schedule: i.schedule ?? '',
    spokesperson: i.spokesperson ?? '',
    content: i.content ?? '',
    qa: i.qa ?? '',
    links: i.links.join('\n'),
  };
}

export function inputOf(d: InterpretationDraft): InterpretationInput {
  return {
    title: d.title.trim() || null,
    scope: d.scope.trim() || null,
    forms: d.forms,
    schedule: d.schedule.trim() || null,
    spokesperson: d.spokesperson.trim() || null,
    content: d.content.trim() || null,
    qa: d.qa.trim() || null,
    links: d.links
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/** Anything written in the plan or the materials (an empty stage is not saved). */
export function hasContent(d: InterpretationDraft): boolean {
  const i = inputOf(d);
  return !!(i.scope || i.forms?.length || i.schedule || i.spokesperson || i.content || i.qa || i.links?.length);
}

/** The plan is complete (scope, forms, schedule, spokesperson) and the text is there: what the server asks for. */
interface PlanFields {
  scope?: string | null;
  forms?: readonly string[] | null;
  schedule?: string | null;
  spokesperson?: string | null;
}
export function planComplete(i: PlanFields | null | undefined): boolean {
  return !!(i && i.scope?.trim() && i.forms?.length && i.schedule?.trim() && i.spokesperson?.trim());
}
export function materialsComplete(i: { content?: string | null } | null | undefined): boolean {
  return !!i?.content?.trim();
}
