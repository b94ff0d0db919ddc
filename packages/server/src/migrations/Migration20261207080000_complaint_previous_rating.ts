import { Migration } from '@mikro-orm/migrations';

/** Complaints: the rating and comment that led to a reopening, kept. */
export class Migration20261207080000_complaint_previous_rating extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "complaint_case" add column "previous_rating" text check ("previous_rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, add column "previous_rating_comment" text null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint_case" drop column "previous_rating", drop column "previous_rating_comment";`);
  }
}
