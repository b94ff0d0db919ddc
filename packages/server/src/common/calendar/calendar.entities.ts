import { Entity, Enum, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import type { CalendarDayKind } from '@gongkai/shared';
import { CalendarDayKindEnum } from '../graphql/enums.js';
import { CanRead } from '../graphql/field-guards.js';

/** A day that differs from the Monday-to-Friday rule: a statutory holiday or an adjusted working day (调休). */
@ObjectType()
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field()
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Field(() => CalendarDayKindEnum)
  @Enum({ items: () => Object.values(CalendarDayKindEnum) })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  name?: string | null;

  /** Where the day came from: the holiday package, or an administrator. */
  @Property()
  source!: string;
}

/** A year whose holiday arrangement is published and loaded; dates in other years are refused. */
@ObjectType()
@Entity({ tableName: 'calendar_year' })
export class CalendarYear {
  [OptionalProps]?: 'days';

  @Field(() => Int)
  @PrimaryKey({ autoincrement: false })
  year!: number;

  @Field()
  @Property()
  covered!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  source?: string | null;

  @CanRead('CalendarDay')
  @Field(() => [CalendarDay])
  days: CalendarDay[] = [];
}
