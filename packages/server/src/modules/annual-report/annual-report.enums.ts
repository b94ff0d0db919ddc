// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import { ANNUAL_REPORT_SCOPES, ANNUAL_REPORT_STATES, type AnnualReportScope, type AnnualReportState } from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const AnnualReportStateEnum = enumObject<AnnualReportState>(ANNUAL_REPORT_STATES);
registerEnumType(AnnualReportStateEnum, { name: 'AnnualReportState' });
export const AnnualReportScopeEnum = enumObject<AnnualReportScope>(ANNUAL_REPORT_SCOPES);
registerEnumType(AnnualReportScopeEnum, { name: 'AnnualReportScope', description: "A unit's report or its government's" });
