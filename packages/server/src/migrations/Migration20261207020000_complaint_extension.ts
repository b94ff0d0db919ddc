import { Migration } from '@mikro-orm/migrations';

/** Complaints: the unit's request for more time (延期) and the office's decision. */
export class Migration20261207020000_complaint_extension extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "complaint_case" add column "extension_state" text check ("extension_state" in ('REQUESTED', 'APPROVED', 'REJECTED')) null, add column "extension_days" int null, add column "extension_reason" text null, add column "extension_refusal" text null, add column "due_on_before_extension" date null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "complaint_case" drop column "extension_state", drop column "extension_days", drop column "extension_reason", drop column "extension_refusal", drop column "due_on_before_extension";`,
    );
  }
}
