import { Migration } from '@mikro-orm/migrations';

/** Full-text search: one row per findable item, its words (segmented on the server) in a tsvector with a GIN index. */
export class Migration20261208000000_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "search_entry" ("kind" text not null, "item_id" uuid not null, "government_id" uuid null, "unit_id" uuid null, "year" int null, "title" text not null, "number" text null, "body" text not null default '', "published_at" timestamptz null, "path" text not null, "tsv" tsvector not null, constraint "search_entry_pkey" primary key ("kind", "item_id"));`,
    );
    this.addSql(`create index "search_entry_tsv_index" on "search_entry" using gin ("tsv");`);
    this.addSql(`create index "search_entry_kind_published_at_index" on "search_entry" ("kind", "published_at" desc);`);
    this.addSql(
      `create table "search_index_state" ("id" int not null default 1, "version" int not null, "built_at" timestamptz not null default now(), constraint "search_index_state_pkey" primary key ("id"), constraint "search_index_state_one_row" check ("id" = 1));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "search_entry";');
    this.addSql('drop table if exists "search_index_state";');
  }
}
