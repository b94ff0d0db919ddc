import { Migration } from '@mikro-orm/migrations';

export class Migration20261127010000_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "policy_document" ("id" uuid not null, "kind" text check ("kind" in ('REGULATION', 'GOVERNMENT', 'GOVERNMENT_OFFICE', 'DEPARTMENT')) not null, "title" text not null, "body" text null, "addressees" text null, "lead_unit_id" uuid not null, "co_unit_ids" uuid[] not null, "government_id" uuid not null, "drafted_on_behalf" boolean not null default false, "close_to_public" boolean not null default false, "wide_scope" boolean not null default false, "high_attention" boolean not null default false, "specialised" boolean not null default false, "classified" boolean not null default false, "disclosure_attribute" text check ("disclosure_attribute" in ('PROACTIVE', 'ON_APPLICATION', 'NOT_DISCLOSED')) null, "attribute_reason" text check ("attribute_reason" in ('STATE_SECRET', 'LEGAL_PROHIBITION', 'SECURITY_STABILITY', 'THIRD_PARTY_RIGHTS', 'INTERNAL_AFFAIRS', 'PROCESS_INFORMATION', 'ENFORCEMENT_FILES', 'ADMIN_QUERY', 'SPECIFIC_APPLICANTS')) null, "attribute_basis" text null, "state" text check ("state" in ('DRAFT', 'OFFICER_REVIEW', 'HEAD_SIGNOFF', 'DISCLOSURE_REVIEW', 'FORWARDED', 'READY_TO_ISSUE', 'RETURNED', 'ISSUED')) not null default 'DRAFT', "officer_approved_at" timestamptz null, "officer_approved_by" varchar(255) null, "head_signed_at" timestamptz null, "head_signed_by" varchar(255) null, "reviewed_at" timestamptz null, "reviewed_by" varchar(255) null, "return_reason" text null, "interpretation_needed" boolean null, "interpretation_scope" text null, "interpretation_forms" text[] not null, "document_number" varchar(255) null, "number_issuer_id" uuid null, "number_year" int null, "number_seq" int null, "issuing_authority" varchar(255) null, "issue_date" date null, "version" int not null default 1, "created_by_id" uuid not null, "created_by_name" varchar(255) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "policy_document_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "policy_document_lead_unit_id_index" on "policy_document" ("lead_unit_id");`);
    this.addSql(`create index "policy_document_government_id_index" on "policy_document" ("government_id");`);
    this.addSql(`create index "policy_document_state_index" on "policy_document" ("state");`);
    this.addSql(
      `alter table "policy_document" add constraint "policy_document_number_issuer_id_number_year_number_seq_unique" unique ("number_issuer_id", "number_year", "number_seq");`,
    );

    this.addSql(
      `create table "interpretation" ("id" uuid not null, "document_id" uuid not null, "stage" int not null default 1, "owner_unit_id" uuid not null, "government_id" uuid not null, "title" text not null, "scope" text null, "forms" text[] not null, "schedule" text null, "spokesperson" varchar(255) null, "content" text null, "qa" text null, "links" text[] not null, "state" text check ("state" in ('DRAFT', 'PUBLISHED')) not null default 'DRAFT', "deadline" date null, "published_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "interpretation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "interpretation_document_id_index" on "interpretation" ("document_id");`);
    this.addSql(`create index "interpretation_owner_unit_id_index" on "interpretation" ("owner_unit_id");`);
    this.addSql(`create index "interpretation_government_id_index" on "interpretation" ("government_id");`);
    this.addSql(`create index "interpretation_deadline_index" on "interpretation" ("deadline");`);
    this.addSql(`alter table "interpretation" add constraint "interpretation_document_id_stage_unique" unique ("document_id", "stage");`);

    this.addSql(
      `alter table "policy_document" add constraint "policy_document_lead_unit_id_foreign" foreign key ("lead_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "policy_document" add constraint "policy_document_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "interpretation" add constraint "interpretation_document_id_foreign" foreign key ("document_id") references "policy_document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "interpretation" add constraint "interpretation_owner_unit_id_foreign" foreign key ("owner_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "interpretation" add constraint "interpretation_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "unit" add column "document_prefix" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "interpretation" drop constraint "interpretation_document_id_foreign";`);

    this.addSql(`drop table if exists "policy_document" cascade;`);

    this.addSql(`drop table if exists "interpretation" cascade;`);

    this.addSql(`alter table "unit" drop column "document_prefix";`);
  }
}
