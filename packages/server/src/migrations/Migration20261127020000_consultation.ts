import { Migration } from '@mikro-orm/migrations';

export class Migration20261127020000_consultation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consultation_topic" ("id" uuid not null, "undertaking_unit_id" uuid not null, "government_id" uuid not null, "title" text not null, "category" text check ("category" in ('MAJOR_DECISION_POLICY', 'MAJOR_DECISION_PLAN', 'MAJOR_DECISION_RESOURCES', 'MAJOR_DECISION_PROJECT', 'MAJOR_DECISION_OTHER', 'LIVELIHOOD', 'POLICY_DOCUMENT', 'OTHER')) not null, "exempt" boolean not null default false, "exempt_reason" text null, "draft" text null, "decision_basis" text null, "drafting_explanation" text null, "window_start" date null, "window_end" date null, "short_window_reason" text null, "min_days" int not null, "meeting_note" text null, "state" text check ("state" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'RESULTS_PUBLISHED')) not null default 'DRAFT', "return_reason" text null, "summary" text null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "published_at" timestamptz null, "results_published_at" timestamptz null, "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "consultation_topic_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "consultation_topic_undertaking_unit_id_index" on "consultation_topic" ("undertaking_unit_id");`);
    this.addSql(`create index "consultation_topic_government_id_index" on "consultation_topic" ("government_id");`);
    this.addSql(`create index "consultation_topic_state_index" on "consultation_topic" ("state");`);

    this.addSql(
      `create table "opinion" ("id" uuid not null, "topic_id" uuid not null, "undertaking_unit_id" uuid not null, "government_id" uuid not null, "content" text not null, "author_name" varchar(255) null, "contact" varchar(255) null, "channel" text check ("channel" in ('PORTAL', 'EMAIL', 'LETTER', 'HEARING', 'POLL', 'SYMPOSIUM', 'OTHER')) not null, "receipt_code" varchar(255) not null, "idempotency_key" varchar(255) null, "address" varchar(255) null, "submitted_at" timestamptz not null default now(), "hidden" boolean not null default false, "hidden_reason" text null, "reasonable" boolean null, "adoption" text check ("adoption" in ('ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED')) null, "reply" text null, "replied_at" timestamptz null, constraint "opinion_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "opinion_topic_id_index" on "opinion" ("topic_id");`);
    this.addSql(`alter table "opinion" add constraint "opinion_receipt_code_unique" unique ("receipt_code");`);
    this.addSql(`create index "opinion_address_submitted_at_index" on "opinion" ("address", "submitted_at");`);
    this.addSql(`alter table "opinion" add constraint "opinion_topic_id_idempotency_key_unique" unique ("topic_id", "idempotency_key");`);

    this.addSql(
      `alter table "consultation_topic" add constraint "consultation_topic_undertaking_unit_id_foreign" foreign key ("undertaking_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consultation_topic" add constraint "consultation_topic_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "opinion" add constraint "opinion_topic_id_foreign" foreign key ("topic_id") references "consultation_topic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "opinion" add constraint "opinion_undertaking_unit_id_foreign" foreign key ("undertaking_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "opinion" add constraint "opinion_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "opinion" drop constraint "opinion_topic_id_foreign";`);

    this.addSql(`drop table if exists "consultation_topic" cascade;`);

    this.addSql(`drop table if exists "opinion" cascade;`);
  }
}
