import { Migration } from '@mikro-orm/migrations';

/** Complaints: the last day a unit was reminded of, and the day the office was told a case was overdue. */
export class Migration20261207060000_complaint_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "complaint_case" add column "reminded_for_due_on" date null, add column "overdue_reported_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint_case" drop column "reminded_for_due_on", drop column "overdue_reported_on";`);
  }
}
