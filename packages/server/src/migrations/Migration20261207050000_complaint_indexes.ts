import { Migration } from '@mikro-orm/migrations';

/** Complaints: the lists of a unit's and of a level's cases newest first, and a period's statistics, by index; statistics of a year. */
export class Migration20261207050000_complaint_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "complaint_case_assigned_received_index" on "complaint_case" ("assigned_unit_id", "received_at");`);
    this.addSql(`create index "complaint_case_government_received_index" on "complaint_case" ("government_id", "received_at");`);
    this.addSql(`create index "complaint_case_government_received_on_index" on "complaint_case" ("government_id", "received_on");`);
    this.addSql(`alter table "complaint_statistics_release" drop constraint if exists "complaint_statistics_release_period_kind_check";`);
    this.addSql(
      `alter table "complaint_statistics_release" add constraint "complaint_statistics_release_period_kind_check" check("period_kind" in ('MONTH', 'QUARTER', 'YEAR'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_case_assigned_received_index";`);
    this.addSql(`drop index "complaint_case_government_received_index";`);
    this.addSql(`drop index "complaint_case_government_received_on_index";`);
    this.addSql(`alter table "complaint_statistics_release" drop constraint if exists "complaint_statistics_release_period_kind_check";`);
    this.addSql(
      `alter table "complaint_statistics_release" add constraint "complaint_statistics_release_period_kind_check" check("period_kind" in ('MONTH', 'QUARTER'));`,
    );
  }
}
