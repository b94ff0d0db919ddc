import { Migration } from '@mikro-orm/migrations';

export class Migration20261127000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "attachment" ("id" uuid not null, "owner_type" varchar(255) not null, "owner_id" uuid not null, "file_name" varchar(255) not null, "mime_type" varchar(255) not null, "size" int not null, "sha256" varchar(255) not null, "uploader_id" uuid not null, "created_at" timestamptz not null default now(), constraint "attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "attachment_owner_type_owner_id_index" on "attachment" ("owner_type", "owner_id");`);

    this.addSql(
      `create table "audit_record" ("seq_key" bigserial primary key, "at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(255) null, "action" varchar(255) not null, "subject_type" varchar(255) not null, "subject_id" varchar(255) null, "before_data" jsonb null, "after_data" jsonb null, "request_id" varchar(255) null, "address" varchar(255) null, "prev_hash" varchar(255) not null, "hash" varchar(255) not null);`,
    );
    this.addSql(`create index "audit_record_at_index" on "audit_record" ("at");`);
    this.addSql(`create index "audit_record_actor_id_index" on "audit_record" ("actor_id");`);
    this.addSql(`create index "audit_record_action_index" on "audit_record" ("action");`);
    this.addSql(`create index "audit_record_subject_type_subject_id_index" on "audit_record" ("subject_type", "subject_id");`);

    this.addSql(
      `create table "calendar_day" ("date" date not null, "kind" text check ("kind" in ('HOLIDAY', 'ADJUSTED_WORKDAY')) not null, "name" varchar(255) null, "source" varchar(255) not null, constraint "calendar_day_pkey" primary key ("date"));`,
    );

    this.addSql(
      `create table "calendar_year" ("year" int not null, "covered" boolean not null, "source" varchar(255) null, constraint "calendar_year_pkey" primary key ("year"));`,
    );

    this.addSql(
      `create table "login_attempt" ("id" bigserial primary key, "username" varchar(255) not null, "address" varchar(255) null, "at" timestamptz not null default now(), "success" boolean not null);`,
    );
    this.addSql(`create index "login_attempt_username_at_index" on "login_attempt" ("username", "at");`);
    this.addSql(`create index "login_attempt_address_at_index" on "login_attempt" ("address", "at");`);

    this.addSql(
      `create table "notification" ("id" uuid not null, "user_id" uuid not null, "title" varchar(255) not null, "body" text null, "link" varchar(255) null, "read_at" timestamptz null, "email_status" varchar(255) null, "created_at" timestamptz not null default now(), constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "notification_user_id_index" on "notification" ("user_id");`);

    this.addSql(
      `create table "policy_parameter_version" ("id" uuid not null, "key" varchar(255) not null, "data" jsonb not null, "effective_from" date not null, "source" text not null, "note" text null, "created_at" timestamptz not null default now(), "created_by_id" uuid null, "created_by_name" varchar(255) null, constraint "policy_parameter_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "policy_parameter_version" add constraint "policy_parameter_version_key_effective_from_unique" unique ("key", "effective_from");`,
    );

    this.addSql(
      `create table "todo" ("id" uuid not null, "kind" varchar(255) not null, "title" varchar(255) not null, "link" varchar(255) null, "subject_type" varchar(255) not null, "subject_id" varchar(255) not null, "assignee_user_id" uuid null, "assignee_role" text null, "assignee_unit_id" uuid null, "due_at" timestamptz null, "done_at" timestamptz null, "done_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "todo_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "todo_assignee_user_id_index" on "todo" ("assignee_user_id");`);
    this.addSql(`create index "todo_assignee_role_assignee_unit_id_index" on "todo" ("assignee_role", "assignee_unit_id");`);
    this.addSql(`create index "todo_subject_type_subject_id_index" on "todo" ("subject_type", "subject_id");`);

    this.addSql(
      `create table "unit" ("id" uuid not null, "name" varchar(255) not null, "short_name" varchar(255) null, "kind" text check ("kind" in ('GOVERNMENT', 'DEPARTMENT', 'AFFILIATED', 'PARK', 'SECTION', 'EXTERNAL')) not null, "level" text check ("level" in ('PROVINCE', 'CITY', 'COUNTY')) not null, "function" text check ("function" in ('DISCLOSURE_OFFICE', 'SECRETARIAT', 'DOCUMENT_SECTION', 'EGOV_CENTER', 'ACADEMY', 'PARTY_SCHOOL', 'COMPLAINT_OFFICE', 'MEDIA')) null, "parent_id" uuid null, "government_id" uuid not null, "sort_order" int not null default 0, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index "unit_government_id_index" on "unit" ("government_id");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "username" varchar(255) not null, "display_name" varchar(255) not null, "unit_id" uuid not null, "roles" text[] not null, "phone" varchar(255) null, "email" varchar(255) null, "password_hash" varchar(255) not null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_unit_id_index" on "app_user" ("unit_id");`);

    this.addSql(
      `create table "session" ("token_hash" text not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "address" varchar(255) null, constraint "session_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);

    this.addSql(
      `create table "account_request" ("id" uuid not null, "unit_id" uuid not null, "requester_id" uuid not null, "requester_name" varchar(255) not null, "display_name" varchar(255) not null, "username" varchar(255) not null, "roles" text[] not null, "phone" varchar(255) null, "reason" text not null, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')) not null default 'DRAFT', "return_reason" text null, "created_user_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), "submitted_at" timestamptz null, "decided_at" timestamptz null, "due_at" timestamptz null, constraint "account_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "account_request_unit_id_index" on "account_request" ("unit_id");`);
    this.addSql(`create index "account_request_state_index" on "account_request" ("state");`);

    this.addSql(
      `alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "unit" add constraint "unit_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "account_request" add constraint "account_request_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "account_request" add constraint "account_request_requester_id_foreign" foreign key ("requester_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    // The audit trail is append-only: the database itself refuses to change or remove history.
    this.addSql(
      `create function audit_record_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_record is append-only' using errcode = '42501'; end $$;`,
    );
    this.addSql(
      `create trigger audit_record_no_update before update or delete on "audit_record" for each row execute function audit_record_append_only();`,
    );
    this.addSql(
      `create trigger audit_record_no_truncate before truncate on "audit_record" for each statement execute function audit_record_append_only();`,
    );
  }
}
