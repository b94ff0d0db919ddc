import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, type TrainingAudience, type TrainingKind } from '@gongkai/shared';
import { today } from '../../common/clock.js';
import { Unit, User } from '../../common/organisation/organisation.entities.js';
import { DEMO_ACCOUNTS, demoUnitId, demoUserId } from '../organisation/organisation.seed.js';
import { TrainingCourse, TrainingEnrolment, TrainingSession } from './training.entities.js';
import { newCheckInCode, organiserTodo, sessionWindow } from './training.service.js';
import { Todo } from '../../common/todo/todo.entities.js';

interface CourseSeed {
  organiser: 'partyschool' | 'academy' | 'disclosure';
  kind: TrainingKind;
  audience: TrainingAudience;
  title: string;
  description: string;
}
const COURSES: CourseSeed[] = [
  {
    organiser: 'partyschool',
    kind: 'PARTY_SCHOOL_COURSE',
    audience: 'LEADING_CADRES',
    title: '领导干部政务公开专题课',
    description: '在市委党校主体班次中开设政务公开专题课程，提高领导干部的政务公开意识。',
  },
  {
    organiser: 'academy',
    kind: 'ACADEMY_COURSE',
    audience: 'CIVIL_SERVANTS',
    title: '公务员政府信息公开条例解读',
    description: '结合《中华人民共和国政府信息公开条例》讲解主动公开、依申请公开的工作要求。',
  },
  {
    organiser: 'disclosure',
    kind: 'ROTATION',
    audience: 'DISCLOSURE_STAFF',
    title: '全市政务公开工作人员轮训',
    description: '结合重点工作推进情况，对全市政务公开工作人员开展轮训。',
  },
  {
    organiser: 'disclosure',
    kind: 'SITE_VISIT',
    audience: 'DISCLOSURE_STAFF',
    title: '政务公开专区现场观摩',
    description: '到政务服务中心政务公开专区现场观摩，学习先进经验。',
  },
  {
    organiser: 'disclosure',
    kind: 'OFFSITE',
    audience: 'DISCLOSURE_STAFF',
    title: '政务公开业务外地培训',
    description: '组织政务公开工作人员赴外地学习培训，提高理论素养和业务技能。',
  },
];

interface SessionSeed {
  course: number;
  title: string;
  location: string;
  /** days from today (negative: past) */
  offset: number;
  start: string;
  end: string;
  hours: number;
  capacity: number;
  /** usernames who attended (past) */
  attended: string[];
  /** usernames enrolled who did not come */
  absent?: string[];
}
const SESSIONS: SessionSeed[] = [
  {
    course: 0,
    title: '领导干部政务公开专题课（春季班）',
    location: '市委党校第一报告厅',
    offset: -250,
    start: '09:00',
    end: '11:30',
    hours: 2.5,
    capacity: 60,
    attended: ['leader', 'jiaoyu.head'],
  },
  {
    course: 1,
    title: '政府信息公开条例解读（第一期）',
    location: '市行政学院302教室',
    offset: -180,
    start: '14:00',
    end: '17:00',
    hours: 3,
    capacity: 40,
    attended: ['jiaoyu.staff', 'mishuke', 'wendianke'],
    absent: ['minzheng.staff'],
  },
  {
    course: 2,
    title: '全市政务公开工作人员轮训（第一期）',
    location: '市政府第二会议室',
    offset: -90,
    start: '09:00',
    end: '16:30',
    hours: 6,
    capacity: 50,
    attended: ['jiaoyu.gk', 'gongkaiban', 'egov', 'tousu'],
  },
  {
    course: 3,
    title: '政务服务中心政务公开专区现场观摩',
    location: '市政务服务中心一楼政务公开专区',
    offset: -40,
    start: '09:30',
    end: '11:30',
    hours: 2,
    capacity: 30,
    attended: ['jiaoyu.gk', 'jiaoyu.staff'],
  },
  {
    course: 0,
    title: '领导干部政务公开专题课（冬季班）',
    location: '市委党校第一报告厅',
    offset: 14,
    start: '09:00',
    end: '11:30',
    hours: 2.5,
    capacity: 60,
    attended: [],
  },
];

/**
 * A year of training: past sessions with their rosters, attendance, hours and some feedback; one session
 * ahead, open for enrolment. 民政局 and others are left untrained, so coverage is not complete.
 */
export async function seedTraining(em: EntityManager) {
  const d = today();
  const government = em.getReference(Unit, demoUnitId('city'));
  const courses = COURSES.map((c) =>
    em.create(TrainingCourse, {
      government,
      organiserUnit: em.getReference(Unit, demoUnitId(c.organiser)),
      kind: c.kind,
      audience: c.audience,
      title: c.title,
      description: c.description,
    } as never),
  ) as TrainingCourse[];
  const users = await em.find(User, { id: { $in: DEMO_ACCOUNTS.map((a) => demoUserId(a.username)) } }, { populate: ['unit'] });
  const userOf = (username: string) => users.find((u) => u.username === username)!;
  SESSIONS.forEach((s, i) => {
    const course = courses[s.course];
    const day = addDays(d, s.offset);
    const window = sessionWindow(day, s.start, s.end);
    const past = s.offset < 0;
    const session = em.create(TrainingSession, {
      course,
      government,
      organiserUnit: course.organiserUnit,
      kind: course.kind,
      audience: course.audience,
      title: s.title,
      location: s.location,
      day,
      ...window,
      hours: s.hours,
      capacity: s.capacity,
      enrolledCount: s.attended.length + (s.absent?.length ?? 0),
      attendedCount: s.attended.length,
      checkInCode: newCheckInCode(),
      state: past ? 'COMPLETED' : 'OPEN',
      completedAt: past ? window.endsAt : null,
    } as never) as TrainingSession;
    if (!past) {
      const { subjectType, subjectId, ...spec } = organiserTodo(session);
      em.create(Todo, { ...spec, subjectType, subjectId, createdAt: new Date() } as never);
    }
    const organiser = DEMO_ACCOUNTS.find((a) => a.unit === COURSES[s.course].organiser && a.roles.includes('TRAINING_ADMIN'));
    const enrolledAt = new Date(window.startsAt.getTime() - 7 * 86400_000);
    for (const [username, came] of [...s.attended.map((u) => [u, true] as const), ...(s.absent ?? []).map((u) => [u, false] as const)]) {
      const u = userOf(username);
      const nominated = !organiser || i % 2 === 0;
      em.create(TrainingEnrolment, {
        session,
        government,
        organiserUnit: course.organiserUnit,
        userId: u.id,
        userName: u.displayName,
        unit: u.unit,
        unitName: u.unit.getEntity().name,
        source: nominated ? 'NOMINATION' : 'UNIT',
        enrolledById: organiser ? demoUserId(organiser.username) : u.id,
        enrolledByName: organiser?.displayName ?? u.displayName,
        enrolledAt,
        attendedAt: came ? new Date(window.startsAt.getTime() + 5 * 60_000) : null,
        attendanceMethod: came ? (i % 2 ? 'CHECK_IN' : 'ROSTER') : null,
        hoursCredited: came ? s.hours : 0,
        completed: came,
        ...(came && username !== 'jiaoyu.staff'
          ? {
              ratingContent: 5,
              ratingTeaching: 4 + (i % 2),
              ratingOrganisation: 5,
              feedbackComment: '内容实用，希望多组织案例教学。',
              feedbackAt: window.endsAt,
            }
          : {}),
      } as never);
    }
  });
  await em.flush();
}
