import { Migration } from '@mikro-orm/migrations';

export class Migration20261127040000_meetings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "government_meeting" ("id" uuid not null, "government_id" uuid not null, "kind" text check ("kind" in ('STANDING', 'MAYOR_OFFICE', 'OTHER')) not null, "title" text not null, "date" date not null, "start_time" varchar(255) null, "place" text null, "attendee_notes" text null, "notice_working_days" int not null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "government_meeting_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "government_meeting_government_id_index" on "government_meeting" ("government_id");`);
    this.addSql(`create index "government_meeting_date_index" on "government_meeting" ("date");`);

    this.addSql(
      `create table "press_release" ("id" uuid not null, "meeting_id" uuid not null, "title" text not null, "body" text not null, "source" varchar(255) null, "published_at" timestamptz not null default now(), constraint "press_release_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "press_release_meeting_id_index" on "press_release" ("meeting_id");`);
    this.addSql(`create index "press_release_published_at_index" on "press_release" ("published_at");`);

    this.addSql(
      `create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" text not null, "submitting_unit_id" uuid not null, "category" text check ("category" in ('MAJOR_DECISION_POLICY', 'MAJOR_DECISION_PLAN', 'MAJOR_DECISION_RESOURCES', 'MAJOR_DECISION_PROJECT', 'MAJOR_DECISION_OTHER', 'LIVELIHOOD', 'POLICY_DOCUMENT', 'OTHER')) not null, "exempt" boolean not null default false, "important_livelihood" boolean not null default false, "consultation_topic_id" uuid null, constraint "agenda_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);
    this.addSql(`create index "agenda_item_submitting_unit_id_index" on "agenda_item" ("submitting_unit_id");`);

    this.addSql(
      `create table "attendance_proposal" ("id" uuid not null, "agenda_item_id" uuid not null, "submitting_unit_id" uuid not null, "government_id" uuid not null, "invite" boolean not null, "necessity" text null, "participation_way" text null, "preparations" text null, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')) not null default 'DRAFT', "return_reason" text null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "attendance_proposal_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "attendance_proposal" add constraint "attendance_proposal_agenda_item_id_unique" unique ("agenda_item_id");`);
    this.addSql(`create index "attendance_proposal_submitting_unit_id_index" on "attendance_proposal" ("submitting_unit_id");`);

    this.addSql(
      `create table "invitee" ("id" uuid not null, "proposal_id" uuid not null, "name" varchar(255) not null, "category" text check ("category" in ('STAKEHOLDER', 'PUBLIC_REPRESENTATIVE', 'GRASSROOTS', 'EXPERT', 'MEDIA')) not null, "organisation" varchar(255) null, "contact" varchar(255) null, "notice_delivered_on" date null, "notice_late" boolean not null default false, "notice_late_reason" text null, constraint "invitee_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitee_proposal_id_index" on "invitee" ("proposal_id");`);

    this.addSql(
      `alter table "government_meeting" add constraint "government_meeting_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "press_release" add constraint "press_release_meeting_id_foreign" foreign key ("meeting_id") references "government_meeting" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "government_meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_submitting_unit_id_foreign" foreign key ("submitting_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_consultation_topic_id_foreign" foreign key ("consultation_topic_id") references "consultation_topic" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "attendance_proposal" add constraint "attendance_proposal_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "attendance_proposal" add constraint "attendance_proposal_submitting_unit_id_foreign" foreign key ("submitting_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "attendance_proposal" add constraint "attendance_proposal_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "invitee" add constraint "invitee_proposal_id_foreign" foreign key ("proposal_id") references "attendance_proposal" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "press_release" drop constraint "press_release_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "attendance_proposal" drop constraint "attendance_proposal_agenda_item_id_foreign";`);

    this.addSql(`alter table "invitee" drop constraint "invitee_proposal_id_foreign";`);

    this.addSql(`drop table if exists "government_meeting" cascade;`);

    this.addSql(`drop table if exists "press_release" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "attendance_proposal" cascade;`);

    this.addSql(`drop table if exists "invitee" cascade;`);
  }
}
