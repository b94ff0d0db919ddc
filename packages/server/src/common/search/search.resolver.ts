import { Arg, Ctx as GqlCtx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context.js';
import { Public } from '../graphql/permission.js';
import { searchPublished } from './search.service.js';

@ObjectType({ description: 'How many hits a kind of item has' })
class SearchGroup {
  @Field({ description: 'document, interpretation, topic, pressRelease, annualReport, case, caseStatistics, evaluation' }) kind: string;
  @Field({ description: 'Its name, e.g. 政策文件' }) label: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'One published item found' })
class SearchHit {
  @Field() kind: string;
  @Field() kindLabel: string;
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true, description: '文号' }) number: string | null;
  @Field({ description: 'About 120 characters of its text around the first word found' }) excerpt: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field({ description: 'Its page on the portal' }) path: string;
}

@ObjectType()
class SearchResults {
  @Field(() => Int, { description: 'Hits of the kinds asked for' }) total: number;
  @Field({ description: 'False when no item has every word and the hits have some of them' }) allWords: boolean;
  @Field(() => [SearchGroup], { description: 'Hits of every kind (with hits), whatever kinds were asked for' }) groups: SearchGroup[];
  @Field(() => [SearchHit]) items: SearchHit[];
  @Field(() => [String], { description: 'The words to mark in titles and excerpts, longest first' }) terms: string[];
}

@Resolver()
export class SearchResolver {
  @Public()
  @Query(() => SearchResults, { description: '站内检索: everything published, ranked, by kind' })
  search(
    @GqlCtx() ctx: Ctx,
    @Arg('query') query: string,
    @Arg('kinds', () => [String], { nullable: true }) kinds: string[] | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 10 }) pageSize: number,
  ) {
    return searchPublished(ctx, { query, kinds, unitId, year, page, pageSize });
  }
}
