import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling per account and address (failures an administrator has cleared no longer
 * count), windowed request counters shared by every server process, and the one-time setup of
 * the first administrator.
 */
export class Migration20261206100000_security_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "login_attempt" add column "cleared" boolean not null default false;`);
    this.addSql(`create index "login_attempt_username_address_at_index" on "login_attempt" ("username", "address", "at");`);
    this.addSql(`create table "rate_counter" (
      "bucket" text not null,
      "window_start" timestamptz not null,
      "hits" int not null default 0,
      constraint "rate_counter_pkey" primary key ("bucket", "window_start"));`);
    this.addSql(`create index "rate_counter_window_start_index" on "rate_counter" ("window_start");`);
    this.addSql(`create table "setup_token" (
      "token_hash" text not null,
      "user_id" uuid not null references "app_user" ("id") on delete cascade,
      "created_at" timestamptz not null default now(),
      "used_at" timestamptz null,
      constraint "setup_token_pkey" primary key ("token_hash"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "setup_token";`);
    this.addSql(`drop table if exists "rate_counter";`);
    this.addSql(`drop index if exists "login_attempt_username_address_at_index";`);
    this.addSql(`alter table "login_attempt" drop column "cleared";`);
  }
}
