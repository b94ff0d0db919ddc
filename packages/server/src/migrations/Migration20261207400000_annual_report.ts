import { Migration } from '@mikro-orm/migrations';

/** The annual report on government information disclosure (政府信息公开工作年度报告). */
export class Migration20261207400000_annual_report extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "annual_report" ("id" uuid not null, "year" int not null, "scope" text check ("scope" in ('UNIT', 'GOVERNMENT')) not null, "unit_id" uuid not null, "government_id" uuid not null, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'SIGNED_OFF', 'PUBLISHED')) not null default 'DRAFT', "overview" text not null default '', "problems" text not null default '', "other_matters" text not null default '', "computed" jsonb not null, "manual" jsonb not null, "frozen" jsonb null, "due_on" date not null, "return_reason" text null, "submitted_at" timestamptz null, "signed_off_at" timestamptz null, "signed_off_by_name" varchar(255) null, "published_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "annual_report_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "annual_report_government_id_index" on "annual_report" ("government_id");`);
    this.addSql(`create index "annual_report_state_published_index" on "annual_report" ("state", "published_at");`);
    this.addSql(`create index "annual_report_government_year_index" on "annual_report" ("government_id", "year");`);
    this.addSql(`alter table "annual_report" add constraint "annual_report_unit_year_unique" unique ("unit_id", "year");`);
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "annual_report" cascade;`);
  }
}
