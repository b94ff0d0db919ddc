import { Migration } from '@mikro-orm/migrations';

/** Third-party evaluation (system 7): indicator systems and their tree, rounds, evaluated units, evaluators, scores, appeals. */
export class Migration20261201020000_evaluation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "indicator_system" ("id" uuid not null, "government_id" uuid not null, "year" int not null, "revision" int not null default 1, "title" text not null, "full_score" numeric(7,2) not null default 100, "excellent_share" numeric(5,4) not null default 0.9, "good_share" numeric(5,4) not null default 0.8, "pass_share" numeric(5,4) not null default 0.6, "state" text check ("state" in ('DRAFT', 'APPROVED')) not null default 'DRAFT', "academy_signed_at" timestamptz null, "academy_signed_by" varchar(255) null, "office_signed_at" timestamptz null, "office_signed_by" varchar(255) null, "frozen" boolean not null default false, "copied_from_id" uuid null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "indicator_system_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "indicator_system_government_id_index" on "indicator_system" ("government_id");`);
    this.addSql(
      `alter table "indicator_system" add constraint "indicator_system_government_id_year_revision_unique" unique ("government_id", "year", "revision");`,
    );
    this.addSql(
      `create table "indicator" ("id" uuid not null, "system_id" uuid not null, "parent_id" uuid null, "dimension" text check ("dimension" in ('POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY')) not null, "position" int not null, "code" varchar(255) not null, "name" text not null, "max_score" numeric(7,2) not null, "guide" text null, "methods" text[] not null, "leaf" boolean not null default false, constraint "indicator_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "indicator_system_id_index" on "indicator" ("system_id");`);
    this.addSql(`create index "indicator_parent_id_index" on "indicator" ("parent_id");`);
    this.addSql(
      `create table "evaluation_round" ("id" uuid not null, "government_id" uuid not null, "year" int not null, "title" text not null, "system_id" uuid not null, "period_start" date not null, "period_end" date not null, "state" text check ("state" in ('PREPARING', 'SCORING', 'REVIEW', 'PUBLISHED')) not null default 'PREPARING', "appeal_working_days" int not null, "appeal_deadline" date null, "evaluator_ids" text[] not null, "evaluated_unit_ids" text[] not null, "released_at" timestamptz null, "published_at" timestamptz null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "evaluation_round_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evaluation_round_government_id_index" on "evaluation_round" ("government_id");`);
    this.addSql(`create index "evaluation_round_year_index" on "evaluation_round" ("year");`);
    this.addSql(
      `create table "evaluation_score" ("id" uuid not null, "round_id" uuid not null, "government_id" uuid not null, "unit_id" uuid not null, "indicator_id" uuid not null, "score" numeric(7,2) not null, "method" text check ("method" in ('ONLINE_CHECK', 'WINDOW_CHECK', 'SITE_VISIT', 'DOCUMENT_REVIEW', 'QUESTIONNAIRE')) not null, "evidence_url" text null, "note" text null, "checked_at" timestamptz not null, "evaluator_id" uuid not null, "evaluator_name" varchar(255) not null, "released" boolean not null default false, "version" int not null default 1, "updated_at" timestamptz not null default now(), constraint "evaluation_score_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evaluation_score_round_id_index" on "evaluation_score" ("round_id");`);
    this.addSql(`create index "evaluation_score_unit_id_index" on "evaluation_score" ("unit_id");`);
    this.addSql(`create index "evaluation_score_released_index" on "evaluation_score" ("released");`);
    this.addSql(
      `alter table "evaluation_score" add constraint "evaluation_score_round_id_unit_id_indicator_id_unique" unique ("round_id", "unit_id", "indicator_id");`,
    );
    this.addSql(
      `create table "evaluated_unit" ("id" uuid not null, "round_id" uuid not null, "unit_id" uuid not null, "group" text check ("group" in ('CITY_UNIT', 'COUNTY_GOVERNMENT', 'COUNTY_DEPARTMENT')) not null, constraint "evaluated_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evaluated_unit_round_id_index" on "evaluated_unit" ("round_id");`);
    this.addSql(`create index "evaluated_unit_unit_id_index" on "evaluated_unit" ("unit_id");`);
    this.addSql(`alter table "evaluated_unit" add constraint "evaluated_unit_round_id_unit_id_unique" unique ("round_id", "unit_id");`);
    this.addSql(
      `create table "evaluation_appeal" ("id" uuid not null, "round_id" uuid not null, "government_id" uuid not null, "unit_id" uuid not null, "score_id" uuid not null, "reason" text not null, "state" text check ("state" in ('SUBMITTED', 'ACCEPTED', 'REJECTED')) not null default 'SUBMITTED', "original_score" numeric(7,2) not null, "new_score" numeric(7,2) null, "reply" text null, "answered_at" timestamptz null, "created_by_name" varchar(255) not null, "created_by_id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "evaluation_appeal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evaluation_appeal_round_id_index" on "evaluation_appeal" ("round_id");`);
    this.addSql(`create index "evaluation_appeal_unit_id_index" on "evaluation_appeal" ("unit_id");`);
    // one open appeal per score at a time, even when two are sent at once
    this.addSql(`create unique index "evaluation_appeal_one_open_per_score" on "evaluation_appeal" ("score_id") where "state" = 'SUBMITTED';`);
    this.addSql(
      `create table "evaluator_assignment" ("id" uuid not null, "round_id" uuid not null, "evaluator_id" uuid not null, "unit_id" uuid null, "dimension" text check ("dimension" in ('POWER', 'SERVICE', 'INTERNET_SERVICE', 'PARTICIPATION', 'RESPONSE', 'CAPACITY')) null, constraint "evaluator_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "evaluator_assignment_round_id_index" on "evaluator_assignment" ("round_id");`);
    this.addSql(`create index "evaluator_assignment_evaluator_id_index" on "evaluator_assignment" ("evaluator_id");`);
    this.addSql(
      `alter table "indicator_system" add constraint "indicator_system_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "indicator" add constraint "indicator_system_id_foreign" foreign key ("system_id") references "indicator_system" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "indicator" add constraint "indicator_parent_id_foreign" foreign key ("parent_id") references "indicator" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_round" add constraint "evaluation_round_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_round" add constraint "evaluation_round_system_id_foreign" foreign key ("system_id") references "indicator_system" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_score" add constraint "evaluation_score_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_score" add constraint "evaluation_score_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_score" add constraint "evaluation_score_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_score" add constraint "evaluation_score_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluated_unit" add constraint "evaluated_unit_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluated_unit" add constraint "evaluated_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_appeal" add constraint "evaluation_appeal_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluation_appeal" add constraint "evaluation_appeal_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_appeal" add constraint "evaluation_appeal_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluation_appeal" add constraint "evaluation_appeal_score_id_foreign" foreign key ("score_id") references "evaluation_score" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluator_assignment" add constraint "evaluator_assignment_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "evaluator_assignment" add constraint "evaluator_assignment_evaluator_id_foreign" foreign key ("evaluator_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "evaluator_assignment" add constraint "evaluator_assignment_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "evaluator_assignment" cascade;`);
    this.addSql(`drop table if exists "evaluation_appeal" cascade;`);
    this.addSql(`drop table if exists "evaluated_unit" cascade;`);
    this.addSql(`drop table if exists "evaluation_score" cascade;`);
    this.addSql(`drop table if exists "evaluation_round" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "indicator_system" cascade;`);
  }
}
