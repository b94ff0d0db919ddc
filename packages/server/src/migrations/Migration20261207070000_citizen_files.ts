import { Migration } from '@mikro-orm/migrations';

/** A citizen's files sent with their case have no uploading user. */
export class Migration20261207070000_citizen_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "attachment" alter column "uploader_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "attachment" where "uploader_id" is null;`);
    this.addSql(`alter table "attachment" alter column "uploader_id" set not null;`);
  }
}
