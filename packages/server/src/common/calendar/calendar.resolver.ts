import { Arg, Ctx as GqlCtx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { CalendarDayKind } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { Can } from '../graphql/permission.js';
import { CalendarDayKindEnum } from '../graphql/enums.js';
import { CalendarDay, CalendarYear } from './calendar.entities.js';
import {
  addWorkingDays,
  applyCalendarNotice,
  calendarWarning,
  calendarYear,
  coveredYears,
  previewCalendarNotice,
  setCalendarDay,
  setYearCovered,
} from './calendar.service.js';

@ObjectType({ description: 'A day as the notice sets it' })
class NoticeDayType {
  @Field() date: string;
  @Field(() => CalendarDayKindEnum) kind: CalendarDayKind;
  @Field() name: string;
}

@ObjectType({ description: 'One holiday of the notice: its days off and the weekend days worked instead (调休)' })
class NoticeHolidayType {
  @Field() name: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int) days: number;
  @Field(() => [String]) workdays: string[];
}

@ObjectType({ description: 'What the pasted State Council notice reads as, before it is entered' })
class CalendarNoticePreview {
  @Field(() => Int) year: number;
  @Field(() => [NoticeHolidayType]) holidays: NoticeHolidayType[];
  @Field(() => [NoticeDayType]) days: NoticeDayType[];
  @Field(() => [String], { description: 'What could not be read; the notice is entered only without any' }) problems: string[];
}

@ObjectType({ description: "Next year's arrangement is not entered and the warning's day (calendar.warnFrom) has come" })
class CalendarWarning {
  @Field(() => Int) year: number;
  @Field() warnFrom: string;
}

@Resolver()
export class CalendarResolver {
  @Can('read', 'CalendarDay')
  @Query(() => CalendarYear)
  calendarYear(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number) {
    return calendarYear(ctx, year);
  }

  @Can('read', 'CalendarDay')
  @Query(() => [Int])
  coveredYears(@GqlCtx() ctx: Ctx) {
    return coveredYears(ctx);
  }

  @Can('read', 'CalendarDay')
  @Query(() => String, { description: 'The n-th working day after a date (the date itself not counted).' })
  addWorkingDays(@GqlCtx() ctx: Ctx, @Arg('date') date: string, @Arg('days', () => Int) days: number) {
    return addWorkingDays(ctx, date, days);
  }

  @Can('update', 'CalendarDay')
  @Mutation(() => CalendarDay, { nullable: true })
  setCalendarDay(
    @GqlCtx() ctx: Ctx,
    @Arg('date') date: string,
    @Arg('kind', () => CalendarDayKindEnum, { nullable: true }) kind: CalendarDayKind | null,
    @Arg('name', () => String, { nullable: true }) name: string | null,
  ) {
    return setCalendarDay(ctx, date, kind ?? null, name ?? null);
  }

  @Can('update', 'CalendarDay')
  @Query(() => CalendarNoticePreview, { description: "The State Council's holiday notice, pasted, as it would be entered (nothing is written)" })
  calendarNoticePreview(@Arg('year', () => Int) year: number, @Arg('text') text: string) {
    return { year, ...previewCalendarNotice(year, text) };
  }

  @Can('update', 'CalendarDay')
  @Mutation(() => CalendarYear, { description: "Enters a year's arrangement from the State Council's notice; refused while a line cannot be read" })
  applyCalendarNotice(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('text') text: string) {
    return applyCalendarNotice(ctx, year, text);
  }

  @Can('update', 'CalendarDay')
  @Query(() => CalendarWarning, {
    nullable: true,
    description: "Next year's arrangement when it is due and not entered (the administrator's banner)",
  })
  calendarWarning(@GqlCtx() ctx: Ctx) {
    return calendarWarning(ctx);
  }

  @Can('update', 'CalendarDay')
  @Mutation(() => CalendarYear)
  setYearCovered(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('covered') covered: boolean) {
    return setYearCovered(ctx, year, covered);
  }
}
