import { Migration } from '@mikro-orm/migrations';

export class Migration20261127030000_consultation_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "consultation_event" ("id" uuid not null, "topic_id" uuid not null, "undertaking_unit_id" uuid not null, "government_id" uuid not null, "form" text check ("form" in ('HEARING', 'POLL', 'SYMPOSIUM')) not null, "date" date not null, "place" text null, "participants" text null, "lead_days" int not null, "created_at" timestamptz not null default now(), constraint "consultation_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "consultation_event_topic_id_index" on "consultation_event" ("topic_id");`);

    this.addSql(
      `create table "material_delivery" ("id" uuid not null, "event_id" uuid not null, "representative" varchar(255) not null, "organisation" varchar(255) null, "delivered_on" date not null, "late" boolean not null default false, "late_reason" text null, "created_at" timestamptz not null default now(), constraint "material_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "material_delivery_event_id_index" on "material_delivery" ("event_id");`);

    this.addSql(
      `alter table "consultation_event" add constraint "consultation_event_topic_id_foreign" foreign key ("topic_id") references "consultation_topic" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consultation_event" add constraint "consultation_event_undertaking_unit_id_foreign" foreign key ("undertaking_unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consultation_event" add constraint "consultation_event_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "material_delivery" add constraint "material_delivery_event_id_foreign" foreign key ("event_id") references "consultation_event" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "material_delivery" drop constraint "material_delivery_event_id_foreign";`);

    this.addSql(`drop table if exists "consultation_event" cascade;`);

    this.addSql(`drop table if exists "material_delivery" cascade;`);
  }
}
