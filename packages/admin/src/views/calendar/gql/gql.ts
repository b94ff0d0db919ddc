/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CalendarYear($year: Int!) {\n  calendarYear(year: $year) {\n    year\n    covered\n    source\n    days {\n      date\n      kind\n      name\n    }\n  }\n  coveredYears\n}\n\nmutation SetCalendarDay($date: String!, $kind: CalendarDayKind, $name: String) {\n  setCalendarDay(date: $date, kind: $kind, name: $name) {\n    date\n    kind\n    name\n  }\n}\n\nmutation SetYearCovered($year: Int!, $covered: Boolean!) {\n  setYearCovered(year: $year, covered: $covered) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarNoticePreview($year: Int!, $text: String!) {\n  calendarNoticePreview(year: $year, text: $text) {\n    year\n    problems\n    holidays {\n      name\n      from\n      to\n      days\n      workdays\n    }\n    days {\n      date\n      kind\n      name\n    }\n  }\n}\n\nmutation ApplyCalendarNotice($year: Int!, $text: String!) {\n  applyCalendarNotice(year: $year, text: $text) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarWarning {\n  calendarWarning {\n    year\n    warnFrom\n  }\n}": typeof types.CalendarYearDocument,
};
const documents: Documents = {
    "query CalendarYear($year: Int!) {\n  calendarYear(year: $year) {\n    year\n    covered\n    source\n    days {\n      date\n      kind\n      name\n    }\n  }\n  coveredYears\n}\n\nmutation SetCalendarDay($date: String!, $kind: CalendarDayKind, $name: String) {\n  setCalendarDay(date: $date, kind: $kind, name: $name) {\n    date\n    kind\n    name\n  }\n}\n\nmutation SetYearCovered($year: Int!, $covered: Boolean!) {\n  setYearCovered(year: $year, covered: $covered) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarNoticePreview($year: Int!, $text: String!) {\n  calendarNoticePreview(year: $year, text: $text) {\n    year\n    problems\n    holidays {\n      name\n      from\n      to\n      days\n      workdays\n    }\n    days {\n      date\n      kind\n      name\n    }\n  }\n}\n\nmutation ApplyCalendarNotice($year: Int!, $text: String!) {\n  applyCalendarNotice(year: $year, text: $text) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarWarning {\n  calendarWarning {\n    year\n    warnFrom\n  }\n}": types.CalendarYearDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarYear($year: Int!) {\n  calendarYear(year: $year) {\n    year\n    covered\n    source\n    days {\n      date\n      kind\n      name\n    }\n  }\n  coveredYears\n}\n\nmutation SetCalendarDay($date: String!, $kind: CalendarDayKind, $name: String) {\n  setCalendarDay(date: $date, kind: $kind, name: $name) {\n    date\n    kind\n    name\n  }\n}\n\nmutation SetYearCovered($year: Int!, $covered: Boolean!) {\n  setYearCovered(year: $year, covered: $covered) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarNoticePreview($year: Int!, $text: String!) {\n  calendarNoticePreview(year: $year, text: $text) {\n    year\n    problems\n    holidays {\n      name\n      from\n      to\n      days\n      workdays\n    }\n    days {\n      date\n      kind\n      name\n    }\n  }\n}\n\nmutation ApplyCalendarNotice($year: Int!, $text: String!) {\n  applyCalendarNotice(year: $year, text: $text) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarWarning {\n  calendarWarning {\n    year\n    warnFrom\n  }\n}"): (typeof documents)["query CalendarYear($year: Int!) {\n  calendarYear(year: $year) {\n    year\n    covered\n    source\n    days {\n      date\n      kind\n      name\n    }\n  }\n  coveredYears\n}\n\nmutation SetCalendarDay($date: String!, $kind: CalendarDayKind, $name: String) {\n  setCalendarDay(date: $date, kind: $kind, name: $name) {\n    date\n    kind\n    name\n  }\n}\n\nmutation SetYearCovered($year: Int!, $covered: Boolean!) {\n  setYearCovered(year: $year, covered: $covered) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarNoticePreview($year: Int!, $text: String!) {\n  calendarNoticePreview(year: $year, text: $text) {\n    year\n    problems\n    holidays {\n      name\n      from\n      to\n      days\n      workdays\n    }\n    days {\n      date\n      kind\n      name\n    }\n  }\n}\n\nmutation ApplyCalendarNotice($year: Int!, $text: String!) {\n  applyCalendarNotice(year: $year, text: $text) {\n    year\n    covered\n    source\n  }\n}\n\nquery CalendarWarning {\n  calendarWarning {\n    year\n    warnFrom\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;