import { Migration } from '@mikro-orm/migrations';

/** The assessment of disclosure work (考核): the years, routine checks and deductions; the parameters' shipped values. */
export class Migration20261207520000_assessment extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "assessment" ("id" uuid not null, "government_id" uuid not null, "year" int not null, "state" text check ("state" in ('OPEN', 'OFFICE_SIGNED', 'SIGNED_OFF', 'PUBLISHED')) not null default 'OPEN', "parameters" jsonb not null, "frozen" jsonb null, "return_reason" text null, "opened_on" date not null, "opened_by_name" varchar(255) null, "office_signed_at" timestamptz null, "office_signed_by_name" varchar(255) null, "signed_off_at" timestamptz null, "signed_off_by_name" varchar(255) null, "published_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "assessment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_state_year_index" on "assessment" ("state", "year");`);
    this.addSql(`alter table "assessment" add constraint "assessment_government_year_unique" unique ("government_id", "year");`);
    this.addSql(
      `create table "assessment_routine_check" ("id" uuid not null, "assessment_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "checked_on" date not null, "findings" text not null, "score" numeric(5,2) not null, "recorded_by_name" varchar(255) null, "created_at" timestamptz not null default now(), constraint "assessment_routine_check_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_routine_check_unit_id_index" on "assessment_routine_check" ("unit_id");`);
    this.addSql(`create index "assessment_routine_check_assessment_id_unit_id_index" on "assessment_routine_check" ("assessment_id", "unit_id");`);
    this.addSql(
      `create table "assessment_deduction" ("id" uuid not null, "assessment_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "decided_on" date not null, "points" numeric(5,2) not null, "reason" text not null, "recorded_by_name" varchar(255) null, "created_at" timestamptz not null default now(), constraint "assessment_deduction_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "assessment_deduction_unit_id_index" on "assessment_deduction" ("unit_id");`);
    this.addSql(`create index "assessment_deduction_assessment_id_unit_id_index" on "assessment_deduction" ("assessment_id", "unit_id");`);
    this.addSql(
      `alter table "assessment" add constraint "assessment_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_routine_check" add constraint "assessment_routine_check_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_routine_check" add constraint "assessment_routine_check_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_routine_check" add constraint "assessment_routine_check_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_deduction" add constraint "assessment_deduction_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_deduction" add constraint "assessment_deduction_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_deduction" add constraint "assessment_deduction_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    // the shipped values of the assessment's parameters (SPEC: "set by the city each year"); the start's parameter seed adds them too, where missing
    this.addSql(
      `insert into "policy_parameter_version" ("id", "key", "data", "effective_from", "source", "note") values
        (gen_random_uuid(), 'assessment.disclosureWeight', '0.04'::jsonb, '2025-01-01', '朝阳市政务公开工作考核办法', '政务公开工作占单位绩效考核总分的4%'),
        (gen_random_uuid(), 'assessment.routineShare', '0.4'::jsonb, '2025-01-01', '朝阳市政务公开工作考核办法', '平时检查占40%，年终考核占60%'),
        (gen_random_uuid(), 'assessment.itemWeights', '{"DOCUMENT_ATTRIBUTES": 10, "CONSULTATION_WINDOWS": 8, "CONSULTATION_RATE": 8, "INTERPRETATION_ON_TIME": 8, "REVIEW_REPORT": 6, "RECTIFICATIONS": 8, "COMPLAINT_REPLY": 8, "COMPLAINT_SATISFACTION": 6, "REQUEST_ON_TIME": 10, "EVALUATION_SCORE": 12, "SUPERVISOR_FEEDBACK": 6, "TRAINING_COVERAGE": 5, "JOINT_MEETING_RESOLUTIONS": 5}'::jsonb, '2025-01-01', '朝阳市政务公开工作考核办法', '各项权重之和为100')
       on conflict ("key", "effective_from") do nothing;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assessment_routine_check" cascade;`);
    this.addSql(`drop table if exists "assessment_deduction" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);
    this.addSql(
      `delete from "policy_parameter_version" where "effective_from" = '2025-01-01' and "key" in ('assessment.disclosureWeight', 'assessment.routineShare', 'assessment.itemWeights');`,
    );
  }
}
