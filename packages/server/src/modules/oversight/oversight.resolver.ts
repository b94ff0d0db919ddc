import { Ctx as GqlCtx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../common/context.js';
import { Can } from '../../common/graphql/permission.js';
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

@Resolver()
export class OversightResolver {
  @Can('read', 'GovernmentOverview')
  @Query(() => GovernmentOverview, { description: "The figures of the leader's home, over the reader's government" })
  governmentOverview(@GqlCtx() ctx: Ctx) {
    return svc.governmentOverview(ctx);
  }
}
