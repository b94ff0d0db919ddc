import { Migration } from '@mikro-orm/migrations';

/** Joint meetings of the disclosure leading group (system 1): the group, delegations, meetings, resolutions, receipts. */
export class Migration20261207510000_joint_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "leading_group_member" ("id" uuid not null, "government_id" uuid not null, "user_id" uuid not null, "unit_id" uuid not null, "name" varchar(255) not null, "title" varchar(255) not null, "position" text check ("position" in ('LEADER', 'DEPUTY', 'MEMBER')) not null, "term_start" date not null, "term_end" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "leading_group_member_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "leading_group_member_user_id_index" on "leading_group_member" ("user_id");`);
    this.addSql(`create index "leading_group_member_government_id_term_start_index" on "leading_group_member" ("government_id", "term_start");`);
    this.addSql(
      `create table "joint_meeting_delegation" ("id" uuid not null, "government_id" uuid not null, "delegate_member_id" uuid not null, "delegate_user_id" uuid not null, "delegate_name" varchar(255) not null, "granted_by_id" uuid not null, "granted_by_name" varchar(255) not null, "granted_at" timestamptz not null, "valid_from" date not null, "valid_to" date not null, "purpose" text null, "created_at" timestamptz not null default now(), constraint "joint_meeting_delegation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "joint_meeting_delegation_government_id_index" on "joint_meeting_delegation" ("government_id");`);
    this.addSql(`create index "joint_meeting_delegation_delegate_user_id_index" on "joint_meeting_delegation" ("delegate_user_id");`);
    this.addSql(
      `create table "joint_meeting" ("id" uuid not null, "government_id" uuid not null, "title" varchar(255) not null, "planned_on" date not null, "place" varchar(255) null, "state" text check ("state" in ('CONVENED', 'HELD', 'MINUTES_ISSUED', 'CANCELLED')) not null default 'CONVENED', "cancel_reason" text null, "convenor_id" uuid not null, "convenor_name" varchar(255) not null, "convenor_position" text check ("convenor_position" in ('LEADER', 'DEPUTY', 'MEMBER')) not null, "delegation_id" uuid null, "invitee_unit_ids" uuid[] not null, "other_invitees" text null, "agenda" jsonb not null, "held_on" date null, "attendance" text null, "minutes_number" varchar(255) null, "minutes_text" text null, "issued_on" date null, "issued_by_name" varchar(255) null, "issued_unit_ids" uuid[] not null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "joint_meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "joint_meeting_government_id_planned_on_index" on "joint_meeting" ("government_id", "planned_on");`);
    this.addSql(
      `create table "joint_resolution" ("id" uuid not null, "meeting_id" uuid not null, "government_id" uuid not null, "position" int not null, "content" text not null, "responsible_unit_ids" uuid[] not null, "due_on" date not null, "state" text check ("state" in ('DRAFT', 'OPEN', 'REPORTED', 'CLOSED')) not null default 'DRAFT', "return_reason" text null, "return_count" int not null default 0, "closed_on" date null, "closed_by_name" varchar(255) null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "joint_resolution_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "joint_resolution_meeting_id_index" on "joint_resolution" ("meeting_id");`);
    this.addSql(`create index "joint_resolution_responsible_unit_ids_index" on "joint_resolution" using gin ("responsible_unit_ids");`);
    this.addSql(`create index "joint_resolution_government_id_state_due_on_index" on "joint_resolution" ("government_id", "state", "due_on");`);
    this.addSql(
      `create table "joint_resolution_progress" ("id" uuid not null, "resolution_id" uuid not null, "unit_id" uuid not null, "unit_name" varchar(255) not null, "text" text not null, "reported_at" timestamptz not null, "reported_by_name" varchar(255) null, constraint "joint_resolution_progress_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "joint_resolution_progress_resolution_id_index" on "joint_resolution_progress" ("resolution_id");`);
    this.addSql(
      `create table "joint_minutes_receipt" ("id" uuid not null, "meeting_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "unit_name" varchar(255) not null, "acknowledged_at" timestamptz null, "acknowledged_by_name" varchar(255) null, "version" int not null default 1, constraint "joint_minutes_receipt_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "joint_minutes_receipt_unit_id_index" on "joint_minutes_receipt" ("unit_id");`);
    this.addSql(`alter table "joint_minutes_receipt" add constraint "joint_minutes_receipt_unique" unique ("meeting_id", "unit_id");`);
    this.addSql(
      `alter table "leading_group_member" add constraint "leading_group_member_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "leading_group_member" add constraint "leading_group_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "leading_group_member" add constraint "leading_group_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_meeting_delegation" add constraint "joint_meeting_delegation_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_meeting_delegation" add constraint "joint_meeting_delegation_delegate_member_id_foreign" foreign key ("delegate_member_id") references "leading_group_member" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_meeting_delegation" add constraint "joint_meeting_delegation_delegate_user_id_foreign" foreign key ("delegate_user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_meeting" add constraint "joint_meeting_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_meeting" add constraint "joint_meeting_delegation_id_foreign" foreign key ("delegation_id") references "joint_meeting_delegation" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_resolution" add constraint "joint_resolution_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_resolution" add constraint "joint_resolution_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_resolution_progress" add constraint "joint_resolution_progress_resolution_id_foreign" foreign key ("resolution_id") references "joint_resolution" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_resolution_progress" add constraint "joint_resolution_progress_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_minutes_receipt" add constraint "joint_minutes_receipt_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_minutes_receipt" add constraint "joint_minutes_receipt_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "joint_minutes_receipt" add constraint "joint_minutes_receipt_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "joint_minutes_receipt" cascade;`);
    this.addSql(`drop table if exists "joint_resolution_progress" cascade;`);
    this.addSql(`drop table if exists "joint_resolution" cascade;`);
    this.addSql(`drop table if exists "joint_meeting" cascade;`);
    this.addSql(`drop table if exists "joint_meeting_delegation" cascade;`);
    this.addSql(`drop table if exists "leading_group_member" cascade;`);
  }
}
