// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import {
  CASE_CHANNELS,
  CASE_EXTENSION_STATES,
  CASE_PERIOD_KINDS,
  CASE_STAT_DIMENSIONS,
  CASE_KINDS,
  CASE_RATINGS,
  CASE_STATES,
  IMPORT_STATES,
  type CaseChannel,
  type CaseExtensionState,
  type CasePeriodKind,
  type CaseStatDimension,
  type CaseKind,
  type CaseRating,
  type CaseState,
  type ImportState,
} from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const CaseKindEnum = enumObject<CaseKind>(CASE_KINDS);
registerEnumType(CaseKindEnum, { name: 'CaseKind' });
export const CaseChannelEnum = enumObject<CaseChannel>(CASE_CHANNELS);
registerEnumType(CaseChannelEnum, { name: 'CaseChannel' });
export const CaseStateEnum = enumObject<CaseState>(CASE_STATES);
registerEnumType(CaseStateEnum, { name: 'CaseState' });
export const CaseRatingEnum = enumObject<CaseRating>(CASE_RATINGS);
registerEnumType(CaseRatingEnum, { name: 'CaseRating' });
export const CaseExtensionStateEnum = enumObject<CaseExtensionState>(CASE_EXTENSION_STATES);
registerEnumType(CaseExtensionStateEnum, { name: 'CaseExtensionState' });
export const CasePeriodKindEnum = enumObject<CasePeriodKind>(CASE_PERIOD_KINDS);
registerEnumType(CasePeriodKindEnum, { name: 'CasePeriodKind', description: 'A month or a quarter' });
export const CaseStatDimensionEnum = enumObject<CaseStatDimension>(CASE_STAT_DIMENSIONS);
registerEnumType(CaseStatDimensionEnum, { name: 'CaseStatDimension' });
export const ImportStateEnum = enumObject<ImportState>(IMPORT_STATES);
registerEnumType(ImportStateEnum, { name: 'CaseImportState' });
