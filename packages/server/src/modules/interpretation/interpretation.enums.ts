// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import { INTERPRETATION_FORMS, INTERPRETATION_STATES, type InterpretationForm, type InterpretationState } from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const InterpretationFormEnum = enumObject<InterpretationForm>(INTERPRETATION_FORMS);
registerEnumType(InterpretationFormEnum, { name: 'InterpretationForm' });
export const InterpretationStateEnum = enumObject<InterpretationState>(INTERPRETATION_STATES);
registerEnumType(InterpretationStateEnum, { name: 'InterpretationState' });
