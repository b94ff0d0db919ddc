import { Migration } from '@mikro-orm/migrations';

/**
 * The units that co-draft a document, searchable by index: a unit's staff read the documents it leads
 * or co-drafts, and that list's total is counted branch by branch (common/paging.ts), each on an index.
 */
export class Migration20261209033000_co_drafted_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "policy_document_co_unit_ids_index" on "policy_document" using gin ("co_unit_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index if exists "policy_document_co_unit_ids_index";');
  }
}
