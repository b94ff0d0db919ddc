import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail in several hash chains (see writeAudit): each record names its chain; the records
 * so far are chain 0, their hashes unchanged.
 */
export class Migration20261209010000_audit_chains extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_record" add column "chain" smallint not null default 0;`);
    this.addSql(`create index "audit_record_chain_seq_key_index" on "audit_record" ("chain", "seq_key" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "audit_record_chain_seq_key_index";');
    this.addSql('alter table "audit_record" drop column "chain";');
  }
}
