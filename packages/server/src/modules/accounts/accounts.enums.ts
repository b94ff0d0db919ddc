// The module's GraphQL enums, from the shared vocabulary.
import { registerEnumType } from 'type-graphql';
import { ACCOUNT_REQUEST_STATES, type AccountRequestState } from '@gongkai/shared';
import { enumObject } from '../../common/graphql/enums.js';

export const AccountRequestStateEnum = enumObject<AccountRequestState>(ACCOUNT_REQUEST_STATES);
registerEnumType(AccountRequestStateEnum, { name: 'AccountRequestState' });
