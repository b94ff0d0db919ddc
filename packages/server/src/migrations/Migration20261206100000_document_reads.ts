import { Migration } from '@mikro-orm/migrations';

/** Whether a document has been sent to the Disclosure Office's review: from then on the office reads it. */
export class Migration20261206100000_document_reads extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "policy_document" add column "reached_disclosure_review" boolean not null default false;`);
    // documents at or past the office's review, and those it has returned (the audit trail names the state it left)
    this.addSql(`update "policy_document" d set "reached_disclosure_review" = true
      where d."state" in ('DISCLOSURE_REVIEW', 'FORWARDED') or d."reviewed_at" is not null
         or exists (select 1 from "audit_record" a where a."subject_type" = 'PolicyDocument' and a."subject_id" = d."id"::text
                      and a."after_data"->>'state' = 'DISCLOSURE_REVIEW');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_document" drop column "reached_disclosure_review";`);
  }
}
