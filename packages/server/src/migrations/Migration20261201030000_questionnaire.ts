import { Migration } from '@mikro-orm/migrations';

/** The public questionnaire of an evaluation round: questions, responses (respondents as keyed hashes), answers. */
export class Migration20261201030000_questionnaire extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "questionnaire" ("id" uuid not null, "round_id" uuid not null, "government_id" uuid not null, "title" text not null, "intro" text null, "opens_on" date not null, "closes_on" date not null, "min_responses" int not null, "rule" text check ("rule" in ('LINEAR_MEAN')) not null default 'LINEAR_MEAN', "state" text check ("state" in ('DRAFT', 'PUBLISHED', 'AGGREGATED')) not null default 'DRAFT', "published_at" timestamptz null, "aggregated_at" timestamptz null, "respondent_key" varchar(255) not null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "questionnaire_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "questionnaire" add constraint "questionnaire_round_id_unique" unique ("round_id");`);
    this.addSql(`create index "questionnaire_government_id_index" on "questionnaire" ("government_id");`);
    this.addSql(
      `create table "questionnaire_response" ("id" uuid not null, "questionnaire_id" uuid not null, "unit_id" uuid not null, "respondent_hash" varchar(255) not null, "idempotency_key" varchar(255) not null, "address" varchar(255) null, "submitted_at" timestamptz not null default now(), constraint "questionnaire_response_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "questionnaire_response_questionnaire_id_index" on "questionnaire_response" ("questionnaire_id");`);
    this.addSql(`create index "questionnaire_response_submitted_at_index" on "questionnaire_response" ("submitted_at");`);
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_questionnaire_id_idempotency_key_unique" unique ("questionnaire_id", "idempotency_key");`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_questionnaire_id_unit_id_r_62c61_unique" unique ("questionnaire_id", "unit_id", "respondent_hash");`,
    );
    this.addSql(
      `create table "questionnaire_question" ("id" uuid not null, "questionnaire_id" uuid not null, "position" int not null, "text" text not null, "indicator_id" uuid not null, constraint "questionnaire_question_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "questionnaire_question_questionnaire_id_index" on "questionnaire_question" ("questionnaire_id");`);
    this.addSql(
      `create table "questionnaire_answer" ("id" uuid not null, "response_id" uuid not null, "question_id" uuid not null, "value" smallint not null, constraint "questionnaire_answer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "questionnaire_answer_response_id_index" on "questionnaire_answer" ("response_id");`);
    this.addSql(`create index "questionnaire_answer_question_id_index" on "questionnaire_answer" ("question_id");`);
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_response_id_question_id_unique" unique ("response_id", "question_id");`,
    );
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_round_id_foreign" foreign key ("round_id") references "evaluation_round" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "questionnaire" add constraint "questionnaire_government_id_foreign" foreign key ("government_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_response" add constraint "questionnaire_response_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "questionnaire_question" add constraint "questionnaire_question_questionnaire_id_foreign" foreign key ("questionnaire_id") references "questionnaire" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_question" add constraint "questionnaire_question_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_response_id_foreign" foreign key ("response_id") references "questionnaire_response" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "questionnaire_answer" add constraint "questionnaire_answer_question_id_foreign" foreign key ("question_id") references "questionnaire_question" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "questionnaire_answer" cascade;`);
    this.addSql(`drop table if exists "questionnaire_response" cascade;`);
    this.addSql(`drop table if exists "questionnaire_question" cascade;`);
    this.addSql(`drop table if exists "questionnaire" cascade;`);
  }
}
