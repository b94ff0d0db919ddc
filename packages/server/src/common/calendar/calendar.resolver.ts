import { Arg, Ctx as GqlCtx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { CalendarDayKind } from '@gongkai/shared';
import type { Ctx } from '../context.js';
import { Can } from '../graphql/permission.js';
import { CalendarDayKindEnum } from '../graphql/enums.js';
import { CalendarDay, CalendarYear } from './calendar.entities.js';
import { addWorkingDays, calendarYear, coveredYears, setCalendarDay, setYearCovered } from './calendar.service.js';

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
  @Mutation(() => CalendarYear)
  setYearCovered(@GqlCtx() ctx: Ctx, @Arg('year', () => Int) year: number, @Arg('covered') covered: boolean) {
    return setYearCovered(ctx, year, covered);
  }
}
