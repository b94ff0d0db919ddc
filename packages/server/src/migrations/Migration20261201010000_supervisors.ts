import { Migration } from '@mikro-orm/migrations';

export class Migration20261201010000_supervisors extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "supervisor" ("id" uuid not null, "government_id" uuid not null, "name" varchar(255) not null, "organisation" varchar(255) not null, "category" text check ("category" in ('ESTABLISHMENT_OFFICE', 'LEGAL_AFFAIRS', 'SUPERVISION_BUREAU', 'PARTY_SCHOOL', 'ACADEMY', 'COURT', 'TRADE_UNION', 'MEDIA', 'LAW_FIRM', 'ENTERPRISE', 'COMMUNITY')) not null, "term_start" date not null, "term_end" date not null, "contact" varchar(255) null, "user_id" uuid null, "note" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "supervisor_pkey" primary key ("id"), constraint "supervisor_term_check" check ("term_end" >= "term_start"));`,
    );
    this.addSql(`create index "supervisor_government_id_index" on "supervisor" ("government_id");`);
    this.addSql(`alter table "supervisor" add constraint "supervisor_user_id_unique" unique ("user_id");`);

    this.addSql(
      `create table "supervisor_feedback" ("id" uuid not null, "supervisor_id" uuid not null, "supervisor_user_id" uuid not null, "supervisor_government_id" uuid not null, "supervisor_name" varchar(255) not null, "supervisor_organisation" varchar(255) not null, "target_unit_id" uuid not null, "government_id" uuid not null, "kind" text check ("kind" in ('FEEDBACK', 'SUGGESTION')) not null, "title" text not null, "content" text not null, "state" text check ("state" in ('SUBMITTED', 'ANSWERED', 'RATED', 'REOPENED')) not null default 'SUBMITTED', "filed_at" timestamptz not null, "filed_on" date not null, "answer_working_days" int not null, "due_on" date not null, "answer" text null, "answered_at" timestamptz null, "answered_on" date null, "answered_by_name" varchar(255) null, "answered_by_id" uuid null, "rating" text check ("rating" in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')) null, "rating_comment" text null, "rated_at" timestamptz null, "reopen_count" int not null default 0, "reopen_reason" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "supervisor_feedback_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "supervisor_feedback_supervisor_id_index" on "supervisor_feedback" ("supervisor_id");`);
    this.addSql(`create index "supervisor_feedback_supervisor_user_id_index" on "supervisor_feedback" ("supervisor_user_id");`);
    this.addSql(`create index "supervisor_feedback_supervisor_government_id_index" on "supervisor_feedback" ("supervisor_government_id");`);
    this.addSql(`create index "supervisor_feedback_target_unit_id_index" on "supervisor_feedback" ("target_unit_id");`);
    this.addSql(`create index "supervisor_feedback_government_id_index" on "supervisor_feedback" ("government_id");`);
    this.addSql(`create index "supervisor_feedback_filed_on_index" on "supervisor_feedback" ("filed_on");`);
    this.addSql(`create index "supervisor_feedback_state_due_on_index" on "supervisor_feedback" ("state", "due_on");`);

    this.addSql(
      `alter table "supervisor" add constraint "supervisor_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervisor" add constraint "supervisor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "supervisor_feedback" add constraint "supervisor_feedback_supervisor_id_foreign" foreign key ("supervisor_id") references "supervisor" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervisor_feedback" add constraint "supervisor_feedback_supervisor_government_id_foreign" foreign key ("supervisor_government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervisor_feedback" add constraint "supervisor_feedback_target_unit_id_foreign" foreign key ("target_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "supervisor_feedback" add constraint "supervisor_feedback_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "supervisor_feedback" cascade;`);
    this.addSql(`drop table if exists "supervisor" cascade;`);
  }
}
