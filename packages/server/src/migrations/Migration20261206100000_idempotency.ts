import { Migration } from '@mikro-orm/migrations';

/** Idempotency keys of creations: (user, operation, key) → what was created, kept for a retention period. */
export class Migration20261206100000_idempotency extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_record" ("id" uuid not null, "user_id" uuid not null, "operation" varchar(100) not null, "key" varchar(100) not null, "payload_hash" varchar(64) not null, "result_id" uuid not null, "created_at" timestamptz not null default now(), constraint "idempotency_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "idempotency_record_created_at_index" on "idempotency_record" ("created_at");`);
    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_user_operation_key_unique" unique ("user_id", "operation", "key");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
  }
}
