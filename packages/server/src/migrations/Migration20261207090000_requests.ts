import { Migration } from '@mikro-orm/migrations';

/** Requests on application (依申请公开): the request, its items and their outcomes. */
export class Migration20261207090000_requests extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "disclosure_request" ("id" uuid not null, "request_number" varchar(255) not null, "check_code" varchar(255) not null, "unit_id" uuid not null, "government_id" uuid not null, "applicant_kind" text check ("applicant_kind" in ('NATURAL_PERSON', 'BUSINESS', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER_ORG')) not null, "applicant_name" varchar(255) not null, "contact_person" varchar(255) null, "id_proof_kind" text check ("id_proof_kind" in ('ID_CARD', 'PASSPORT', 'OTHER_PERSONAL', 'CREDIT_CODE', 'OTHER_ORG')) not null, "id_proof_number" varchar(255) not null, "phone" varchar(255) null, "email" varchar(255) null, "postal_address" varchar(255) null, "postcode" varchar(255) null, "note" text not null default '', "information_form" text check ("information_form" in ('PAPER', 'ELECTRONIC')) not null, "delivery_method" text check ("delivery_method" in ('POST', 'PICKUP', 'EMAIL', 'FAX', 'ONLINE')) not null, "channel" text check ("channel" in ('ONLINE', 'IN_PERSON', 'LETTER', 'ORDINARY_LETTER', 'FAX', 'EMAIL')) not null, "idempotency_key" varchar(255) null, "address" varchar(255) null, "state" text check ("state" in ('SUBMITTED', 'IN_PROGRESS', 'CORRECTION', 'THIRD_PARTY', 'REPLIED', 'DELIVERED', 'NOT_REGISTERED')) not null default 'SUBMITTED', "submitted_at" timestamptz not null, "received_on" date null, "not_registered_reason" text null, "reply_working_days" int null, "clock_start_on" date null, "due_on" date null, "correction_notice_due_on" date null, "correction_asked_on" date null, "correction_text" text null, "correction_due_on" date null, "correction_received_on" date null, "third_party_from" date null, "third_party_due_on" date null, "third_party_name" text null, "paused_working_days" int not null default 0, "extension_state" text check ("extension_state" in ('REQUESTED', 'APPROVED', 'REJECTED')) null, "extension_days" int null, "extension_reason" text null, "extension_refusal" text null, "extension_approved_by_name" varchar(255) null, "reply_number" varchar(255) null, "reply" text null, "replied_on" date null, "replied_by_name" varchar(255) null, "replied_late" boolean not null default false, "fee_charged" numeric(12,2) not null default 0, "delivered_on" date null, "delivered_by" text check ("delivered_by" in ('POST', 'PICKUP', 'EMAIL', 'FAX', 'ONLINE')) null, "reminded_for_due_on" date null, "overdue_reported_on" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "disclosure_request_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "disclosure_request" add constraint "disclosure_request_request_number_unique" unique ("request_number");`);
    this.addSql(`alter table "disclosure_request" add constraint "disclosure_request_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "disclosure_request_government_replied_index" on "disclosure_request" ("government_id", "replied_on");`);
    this.addSql(`create index "disclosure_request_government_received_index" on "disclosure_request" ("government_id", "received_on");`);
    this.addSql(`create index "disclosure_request_unit_submitted_index" on "disclosure_request" ("unit_id", "submitted_at");`);
    this.addSql(`create index "disclosure_request_state_due_on_index" on "disclosure_request" ("state", "due_on");`);
    this.addSql(
      `create table "disclosure_request_item" ("id" uuid not null, "request_id" uuid not null, "seq" int not null, "description" text not null, "document_id" uuid null, "outcome" text check ("outcome" in ('ALREADY_PUBLIC', 'DISCLOSED', 'PARTLY_DISCLOSED', 'NOT_DISCLOSED', 'CANNOT_PROVIDE', 'NOT_PROCESSED', 'OTHER')) null, "outcome_reason" varchar(255) null, "outcome_note" text null, constraint "disclosure_request_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "disclosure_request_item_document_index" on "disclosure_request_item" ("document_id");`);
    this.addSql(
      `alter table "disclosure_request" add constraint "disclosure_request_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "disclosure_request" add constraint "disclosure_request_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "disclosure_request_item" add constraint "disclosure_request_item_request_id_foreign" foreign key ("request_id") references "disclosure_request" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "disclosure_request_item" cascade;`);
    this.addSql(`drop table if exists "disclosure_request" cascade;`);
  }
}
