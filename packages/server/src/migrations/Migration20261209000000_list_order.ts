import { Migration } from '@mikro-orm/migrations';

/**
 * The orders of the busiest lists as indexes: the portal's documents (issue date, then number, among
 * the published ones only — a partial index, whose size is the public list's and which also counts
 * them without reading the table) and the staff's (last changed first).
 */
export class Migration20261209000000_list_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "policy_document_public_order_index" on "policy_document" ("issue_date" desc, "number_seq" desc) where "state" = 'ISSUED' and "classified" = false and "disclosure_attribute" in ('PROACTIVE', 'ON_APPLICATION');`,
    );
    this.addSql(`create index "policy_document_updated_at_index" on "policy_document" ("updated_at" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "policy_document_public_order_index";');
    this.addSql('drop index if exists "policy_document_updated_at_index";');
  }
}
