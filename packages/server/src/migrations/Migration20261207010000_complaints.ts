import { Migration } from '@mikro-orm/migrations';

/** Citizens' reports, complaints and suggestions (system 8). */
export class Migration20261207010000_complaints extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "complaint_case" ("id" uuid not null, "case_number" varchar(255) not null, "check_code" varchar(255) not null, "kind" text check ("kind" in ('REPORT', 'COMPLAINT', 'SUGGESTION')) not null, "channel" text check ("channel" in ('PORTAL', 'MINXIN', 'HOTLINE', 'LETTER', 'VISIT')) not null, "source_case_id" varchar(255) null, "government_id" uuid not null, "subject_unit_id" uuid null, "assigned_unit_id" uuid null, "title" text not null, "content" text not null, "complainant_name" varchar(255) null, "complainant_phone" varchar(255) null, "consent_to_publish" boolean not null default false, "idempotency_key" varchar(255) null, "address" varchar(255) null, "state" text check ("state" in ('RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'RATED', 'UNRATED')) not null default 'RECEIVED', "received_at" timestamptz not null, "received_on" date not null, "accepted_on" date null, "not_accepted_reason" text null, "reply_working_days" int null, "due_on" date null, "hand_back_reason" text null, "reply" text null, "replied_at" timestamptz null, "replied_on" date null, "replied_by_name" varchar(255) null, "closed_on" date null, "rating_due_on" date null, "rating" text check ("rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "rating_comment" text null, "rated_at" timestamptz null, "reopen_count" int not null default 0, "reopen_reason" text null, "replied_late" boolean not null default false, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "complaint_case_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "complaint_case" add constraint "complaint_case_case_number_unique" unique ("case_number");`);
    this.addSql(`create index "complaint_case_government_id_index" on "complaint_case" ("government_id");`);
    this.addSql(`create index "complaint_case_assigned_unit_id_index" on "complaint_case" ("assigned_unit_id");`);
    this.addSql(`alter table "complaint_case" add constraint "complaint_case_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "complaint_case_received_on_index" on "complaint_case" ("received_on");`);
    this.addSql(`create index "complaint_case_state_due_on_index" on "complaint_case" ("state", "due_on");`);
    this.addSql(`alter table "complaint_case" add constraint "complaint_case_source_unique" unique ("channel", "source_case_id");`);
    this.addSql(
      `alter table "complaint_case" add constraint "complaint_case_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_case" add constraint "complaint_case_subject_unit_id_foreign" foreign key ("subject_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_case" add constraint "complaint_case_assigned_unit_id_foreign" foreign key ("assigned_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "complaint_case" cascade;`);
  }
}
