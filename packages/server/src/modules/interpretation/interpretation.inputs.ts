import { Field, ID, InputType } from 'type-graphql';
import type { InterpretationForm } from '@gongkai/shared';
import { InterpretationFormEnum } from './interpretation.enums.js';

@InputType()
export class InterpretationInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: '解读范围' }) scope?: string | null;
  @Field(() => [InterpretationFormEnum], { nullable: true }) forms?: InterpretationForm[] | null;
  @Field(() => String, { nullable: true, description: '时间安排' }) schedule?: string | null;
  @Field(() => String, { nullable: true, description: '解读人' }) spokesperson?: string | null;
  @Field(() => String, { nullable: true, description: '解读正文' }) content?: string | null;
  @Field(() => String, { nullable: true, description: '问答' }) qa?: string | null;
  @Field(() => [String], { nullable: true, description: '视频、广播等链接' }) links?: string[] | null;
}

@InputType()
export class InterpretationFilter {
  @Field(() => Boolean, { nullable: true }) overdueOnly?: boolean | null;
  @Field(() => ID, { nullable: true }) documentId?: string | null;
  @Field(() => Boolean, { nullable: true }) published?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Words of the title, content or questions and answers' }) search?: string | null;
}
