import { Migration } from '@mikro-orm/migrations';

/** The yearly review (system 6): campaigns, the units' reports and their items, spot checks, rectifications. */
export class Migration20261207300000_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "review_campaign" ("id" uuid not null, "government_id" uuid not null, "year" int not null, "state" text check ("state" in ('OPEN', 'CLOSED')) not null default 'OPEN', "report_due_on" date not null, "opened_on" date not null, "opened_by_name" varchar(255) null, "closed_on" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "review_campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "review_campaign" add constraint "review_campaign_year_unique" unique ("government_id", "year");`);
    this.addSql(
      `create table "review_spot_check" ("id" uuid not null, "campaign_id" uuid not null, "government_id" uuid not null, "method" text check ("method" in ('UNITS', 'ITEMS')) not null, "sample_size" int not null, "seed" varchar(255) not null, "population_ids" uuid[] not null, "sampled_ids" uuid[] not null, "sampled_unit_ids" uuid[] not null, "drawn_at" timestamptz not null, "drawn_by_id" uuid null, "drawn_by_name" varchar(255) null, "note" text null, "findings" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "review_spot_check_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_spot_check_campaign_id_index" on "review_spot_check" ("campaign_id");`);
    this.addSql(`create index "review_spot_check_government_id_index" on "review_spot_check" ("government_id");`);
    this.addSql(
      `create table "review_report" ("id" uuid not null, "campaign_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "year" int not null, "state" text check ("state" in ('DRAFT', 'HEAD_SIGNOFF', 'SUBMITTED')) not null default 'DRAFT', "due_on" date not null, "situation" text null, "work_summary" text null, "drafted_by_name" varchar(255) null, "sent_for_sign_off_at" timestamptz null, "return_reason" text null, "signed_off_at" timestamptz null, "signed_off_by_name" varchar(255) null, "submitted_on" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "review_report_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_report_campaign_id_index" on "review_report" ("campaign_id");`);
    this.addSql(`create index "review_report_unit_id_index" on "review_report" ("unit_id");`);
    this.addSql(`create index "review_report_government_id_year_index" on "review_report" ("government_id", "year");`);
    this.addSql(`alter table "review_report" add constraint "review_report_unit_unique" unique ("campaign_id", "unit_id");`);
    this.addSql(
      `create table "review_item" ("id" uuid not null, "report_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "item_key" varchar(255) not null, "source" text check ("source" in ('DOCUMENT', 'FREQUENT_REQUEST')) not null, "document_id" uuid null, "title" text not null, "document_number" varchar(255) null, "issue_date" date null, "attribute_before" text check ("attribute_before" in ('PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED')) null, "classified" boolean not null default false, "own_document" boolean not null default true, "request_count" int null, "outcome" text check ("outcome" in ('CONVERT_TO_PROACTIVE', 'REDACT_TO_ON_APPLICATION', 'KEEP')) null, "reason" text null, "decided_at" timestamptz null, "decided_by_name" varchar(255) null, "applied_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "review_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_item_report_id_index" on "review_item" ("report_id");`);
    this.addSql(`create index "review_item_unit_id_index" on "review_item" ("unit_id");`);
    this.addSql(`alter table "review_item" add constraint "review_item_key_unique" unique ("report_id", "item_key");`);
    this.addSql(
      `create table "review_rectification" ("id" uuid not null, "spot_check_id" uuid not null, "campaign_id" uuid not null, "unit_id" uuid not null, "government_id" uuid not null, "year" int not null, "finding" text not null, "requirement" text null, "due_on" date not null, "state" text check ("state" in ('ORDERED', 'REPORTED', 'VERIFIED')) not null default 'ORDERED', "ordered_on" date not null, "ordered_by_name" varchar(255) null, "report" text null, "reported_on" date null, "reported_by_name" varchar(255) null, "return_reason" text null, "return_count" int not null default 0, "verified_on" date null, "verified_by_name" varchar(255) null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "review_rectification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "review_rectification_spot_check_id_index" on "review_rectification" ("spot_check_id");`);
    this.addSql(`create index "review_rectification_campaign_id_index" on "review_rectification" ("campaign_id");`);
    this.addSql(`create index "review_rectification_unit_id_index" on "review_rectification" ("unit_id");`);
    this.addSql(`create index "review_rectification_government_id_index" on "review_rectification" ("government_id");`);
    this.addSql(`create index "review_rectification_state_due_on_index" on "review_rectification" ("state", "due_on");`);
    this.addSql(
      `alter table "review_campaign" add constraint "review_campaign_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_spot_check" add constraint "review_spot_check_campaign_id_foreign" foreign key ("campaign_id") references "review_campaign" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_spot_check" add constraint "review_spot_check_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_report" add constraint "review_report_campaign_id_foreign" foreign key ("campaign_id") references "review_campaign" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_report" add constraint "review_report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_report" add constraint "review_report_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_item" add constraint "review_item_report_id_foreign" foreign key ("report_id") references "review_report" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "review_item" add constraint "review_item_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_item" add constraint "review_item_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_rectification" add constraint "review_rectification_spot_check_id_foreign" foreign key ("spot_check_id") references "review_spot_check" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_rectification" add constraint "review_rectification_campaign_id_foreign" foreign key ("campaign_id") references "review_campaign" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_rectification" add constraint "review_rectification_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "review_rectification" add constraint "review_rectification_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_campaign" cascade;`);
    this.addSql(`drop table if exists "review_spot_check" cascade;`);
    this.addSql(`drop table if exists "review_report" cascade;`);
    this.addSql(`drop table if exists "review_item" cascade;`);
    this.addSql(`drop table if exists "review_rectification" cascade;`);
  }
}
