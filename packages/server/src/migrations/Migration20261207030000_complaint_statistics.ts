import { Migration } from '@mikro-orm/migrations';

/** Complaints: the published periods of the statistics, frozen as published. */
export class Migration20261207030000_complaint_statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "complaint_statistics_release" ("id" uuid not null, "government_id" uuid not null, "period_kind" text check ("period_kind" in ('MONTH', 'QUARTER')) not null, "year" int not null, "period" int not null, "period_key" varchar(255) not null, "data" jsonb not null, "published_at" timestamptz not null default now(), "published_by_name" varchar(255) null, constraint "complaint_statistics_release_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_statistics_release_period_key_index" on "complaint_statistics_release" ("period_key");`);
    this.addSql(
      `alter table "complaint_statistics_release" add constraint "complaint_statistics_release_period_unique" unique ("government_id", "period_kind", "year", "period");`,
    );
    this.addSql(
      `alter table "complaint_statistics_release" add constraint "complaint_statistics_release_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaint_statistics_release" cascade;`);
  }
}
