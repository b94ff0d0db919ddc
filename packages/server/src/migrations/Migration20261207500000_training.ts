import { Migration } from '@mikro-orm/migrations';

/** Regular training (政务公开定期培训制度): courses, sessions, rosters with attendance, hours and feedback. */
export class Migration20261207500000_training extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "training_course" ("id" uuid not null, "government_id" uuid not null, "organiser_unit_id" uuid not null, "kind" text check ("kind" in ('PARTY_SCHOOL_COURSE', 'ACADEMY_COURSE', 'OFFSITE', 'SITE_VISIT', 'ROTATION')) not null, "audience" text check ("audience" in ('LEADING_CADRES', 'CIVIL_SERVANTS', 'DISCLOSURE_STAFF')) not null, "title" varchar(255) not null, "description" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "training_course_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "training_course_government_id_index" on "training_course" ("government_id");`);
    this.addSql(`create index "training_course_organiser_unit_id_index" on "training_course" ("organiser_unit_id");`);
    this.addSql(
      `create table "training_session" ("id" uuid not null, "course_id" uuid not null, "government_id" uuid not null, "organiser_unit_id" uuid not null, "kind" text check ("kind" in ('PARTY_SCHOOL_COURSE', 'ACADEMY_COURSE', 'OFFSITE', 'SITE_VISIT', 'ROTATION')) not null, "audience" text check ("audience" in ('LEADING_CADRES', 'CIVIL_SERVANTS', 'DISCLOSURE_STAFF')) not null, "title" varchar(255) not null, "location" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "day" date not null, "hours" double precision not null, "capacity" int not null, "enrolled_count" int not null default 0, "attended_count" int not null default 0, "check_in_code" varchar(12) not null, "state" text check ("state" in ('OPEN', 'COMPLETED', 'CANCELLED')) not null default 'OPEN', "cancel_reason" text null, "completed_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "training_session_pkey" primary key ("id"), constraint training_session_capacity_check check (enrolled_count >= 0 and enrolled_count <= capacity), constraint training_session_time_check check (ends_at > starts_at));`,
    );
    this.addSql(`create index "training_session_course_id_index" on "training_session" ("course_id");`);
    this.addSql(`create index "training_session_organiser_unit_id_index" on "training_session" ("organiser_unit_id");`);
    this.addSql(`create index "training_session_government_id_starts_at_index" on "training_session" ("government_id", "starts_at");`);
    this.addSql(
      `create table "training_enrolment" ("id" uuid not null, "session_id" uuid not null, "government_id" uuid not null, "organiser_unit_id" uuid not null, "user_id" uuid not null, "user_name" varchar(255) not null, "unit_id" uuid not null, "unit_name" varchar(255) not null, "source" text check ("source" in ('UNIT', 'NOMINATION')) not null, "enrolled_by_name" varchar(255) not null, "enrolled_by_id" uuid not null, "enrolled_at" timestamptz not null, "attended_at" timestamptz null, "attendance_method" text check ("attendance_method" in ('CHECK_IN', 'ROSTER')) null, "hours_credited" double precision not null default 0, "completed" boolean not null default false, "rating_content" smallint null, "rating_teaching" smallint null, "rating_organisation" smallint null, "feedback_comment" text null, "feedback_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "training_enrolment_pkey" primary key ("id"), constraint training_enrolment_rating_check check (rating_content between 1 and 5 and rating_teaching between 1 and 5 and rating_organisation between 1 and 5));`,
    );
    this.addSql(`create index "training_enrolment_government_id_index" on "training_enrolment" ("government_id");`);
    this.addSql(`create index "training_enrolment_organiser_unit_id_index" on "training_enrolment" ("organiser_unit_id");`);
    this.addSql(`create index "training_enrolment_user_id_attended_at_index" on "training_enrolment" ("user_id", "attended_at");`);
    this.addSql(`create index "training_enrolment_unit_id_attended_at_index" on "training_enrolment" ("unit_id", "attended_at");`);
    this.addSql(`alter table "training_enrolment" add constraint "training_enrolment_session_user_unique" unique ("session_id", "user_id");`);
    this.addSql(
      `alter table "training_course" add constraint "training_course_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_course" add constraint "training_course_organiser_unit_id_foreign" foreign key ("organiser_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_session" add constraint "training_session_course_id_foreign" foreign key ("course_id") references "training_course" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_session" add constraint "training_session_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_session" add constraint "training_session_organiser_unit_id_foreign" foreign key ("organiser_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_organiser_unit_id_foreign" foreign key ("organiser_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_enrolment" add constraint "training_enrolment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    // the rotation cycle (轮训周期), a new policy parameter: its shipped value for databases made before it
    this.addSql(
      `insert into "policy_parameter_version" ("id", "key", "data", "effective_from", "source", "note") values (gen_random_uuid(), 'training.rotationCycleYears', '3'::jsonb, '2017-03-28', '关于建立政务公开工作制度的通知（朝阳市，2017） 九', '“适时开展全市政务公开工作人员的轮训工作”，周期待根据实际调整') on conflict ("key", "effective_from") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training_enrolment" cascade;`);
    this.addSql(`drop table if exists "training_session" cascade;`);
    this.addSql(`drop table if exists "training_course" cascade;`);
    this.addSql(`delete from "policy_parameter_version" where "key" = 'training.rotationCycleYears' and "created_by_id" is null;`);
  }
}
