import { Arg, Ctx as GqlCtx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GovLevel } from '@gongkai/shared';
import type { Ctx } from '../../common/context.js';
import { GovLevelEnum } from '../../common/graphql/enums.js';
import { Can } from '../../common/graphql/permission.js';
import { Derived } from '../../common/graphql/field-guards.js';
import * as svc from './oversight.service.js';

@ObjectType({ description: 'The government at a glance: counts over what the reader may read, each the figure of a list' })
class GovernmentOverview {
  @Field(() => Int, { description: '待审核的征集议题' }) consultationsInReview: number;
  @Field(() => Int, { description: '正在征集意见的议题' }) consultationsOpen: number;
  @Field(() => Int, { description: '今日及以后的政府会议' }) meetingsUpcoming: number;
  @Field(() => Int, { description: '待审批的列席意见' }) proposalsPending: number;
  @Field(() => Int, { description: '已超期未发布的政策解读' }) interpretationsOverdue: number;
  @Field(() => Int, { description: '已超期未答复的举报投诉' }) casesOverdue: number;
  @Field(() => Int, { description: '已超期未答复的依申请公开' }) requestsOverdue: number;
  @Field(() => Int, { description: '已超期未答复的监督意见' }) feedbackOverdue: number;
}

@ObjectType({ description: "One government's own level in a roll-up, counted as its leader reads it" })
class GovernmentFigures {
  @Field(() => ID) governmentId: string;
  @Field() governmentName: string;
  @Field(() => GovLevelEnum) level: GovLevel;
  @Derived("the government's own figures, read with its row of the roll-up")
  @Field(() => GovernmentOverview)
  figures: GovernmentOverview;
}

@ObjectType({ description: 'A level and the governments directly below it, with the sum of their figures' })
class GovernmentRollup {
  @Field(() => GovernmentFigures, { description: 'The government itself (本级)' }) government: GovernmentFigures;
  @Field(() => [GovernmentFigures], { description: 'The governments directly below it (下级政府)' }) children: GovernmentFigures[];
  @Derived('the sum of the rows of the roll-up, read with them')
  @Field(() => GovernmentOverview, { description: '本级与下级合计' })
  total: GovernmentOverview;
}

@Resolver()
export class OversightResolver {
  @Can('read', 'GovernmentOverview')
  @Query(() => GovernmentOverview, { description: "The figures of the leader's home, over the reader's government" })
  governmentOverview(@GqlCtx() ctx: Ctx) {
    return svc.governmentOverview(ctx);
  }

  @Can('read', 'GovernmentOverview')
  @Query(() => GovernmentRollup, {
    description: "The figures of a level and of the governments below it: the reader's government (by default) or one below it",
  })
  governmentRollup(@GqlCtx() ctx: Ctx, @Arg('governmentId', () => ID, { nullable: true }) governmentId?: string | null) {
    return svc.governmentRollup(ctx, governmentId);
  }
}
