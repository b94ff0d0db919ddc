import { Migration } from '@mikro-orm/migrations';

/** The latest day a meeting's written notice may be delivered, stored with the meeting. */
export class Migration20261202010000_meeting_notice_due extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "government_meeting" add column "notice_due_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "government_meeting" drop column "notice_due_on";`);
  }
}
