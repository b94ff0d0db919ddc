import { Migration } from '@mikro-orm/migrations';

/** Complaints: imports of the other channels' export files, their refused rows, and the numbers of imported cases. */
export class Migration20261207040000_complaint_imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "complaint_import_error" ("id" uuid not null, "import_id" uuid not null, "row_number" int not null, "source_case_id" varchar(255) null, "code" varchar(255) not null, "reason" text not null, constraint "complaint_import_error_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "complaint_import_error" add constraint "complaint_import_error_import_id_row_number_unique" unique ("import_id", "row_number");`,
    );
    this.addSql(
      `create table "complaint_import" ("id" uuid not null, "government_id" uuid not null, "channel" text check ("channel" in ('PORTAL', 'MINXIN', 'HOTLINE', 'LETTER', 'VISIT')) not null, "file_name" varchar(255) not null, "stored_name" varchar(255) not null, "state" text check ("state" in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')) not null default 'QUEUED', "rows_read" int not null default 0, "created" int not null default 0, "skipped" int not null default 0, "failed" int not null default 0, "rows_total" int null, "message" text null, "created_by_name" varchar(255) null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "heartbeat_at" timestamptz null, "finished_at" timestamptz null, constraint "complaint_import_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_import_government_id_index" on "complaint_import" ("government_id");`);
    this.addSql(
      `alter table "complaint_import" add constraint "complaint_import_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`create sequence if not exists "complaint_case_import_seq";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "complaint_case_import_seq";`);
    this.addSql(`drop table if exists "complaint_import_error" cascade;`);
    this.addSql(`drop table if exists "complaint_import" cascade;`);
  }
}
