import { Field, ID, InputType } from 'type-graphql';
import type { GovernmentScope } from '../organisation/governments.js';

@InputType({
  description:
    "Which government a dashboard reads: the reader's own (by default) or one below it, alone or with the governments directly below it (leaders and the Disclosure Office only)",
})
export class GovernmentScopeInput implements GovernmentScope {
  @Field(() => ID, { nullable: true, description: "The government read; the reader's own when absent" })
  governmentId?: string | null;

  @Field({ defaultValue: false, description: 'With the governments directly below it (本级及下级), counted together' })
  withChildren: boolean;
}
