import { Migration } from '@mikro-orm/migrations';

/**
 * Appending audit records in one statement (see writeAudit): the chain's lock, its last hash and the
 * inserts, each record's hash computed as recordHash does (SHA-256 of the previous hash, a newline and
 * the record's canonical JSON, which the server sends as `body`). Each statement of the function sees
 * the records committed before it, so the last hash is read after the lock is held.
 */
export class Migration20261210000000_audit_append extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function audit_append(p_lock integer, p_chain integer, p_entries jsonb) returns text language plpgsql volatile as $$
declare
  prev text;
  h text;
  e jsonb;
begin
  perform pg_advisory_xact_lock(p_lock, p_chain);
  select r.hash into prev from audit_record r where r.chain = p_chain order by r.seq_key desc limit 1;
  prev := coalesce(prev, repeat('0', 64));
  for e in select value from jsonb_array_elements(p_entries) loop
    h := encode(sha256(convert_to(prev || E'\\n' || (e->>'body'), 'UTF8')), 'hex');
    insert into audit_record (at, actor_id, actor_name, action, subject_type, subject_id, before_data, after_data, request_id, address, chain, prev_hash, hash)
    values ((e->>'at')::timestamptz, (e->>'actor_id')::uuid, e->>'actor_name', e->>'action', e->>'subject_type', e->>'subject_id',
            nullif(e->'before', 'null'::jsonb), nullif(e->'after', 'null'::jsonb), e->>'request_id', e->>'address', p_chain, prev, h);
    prev := h;
  end loop;
  return prev;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists audit_append(integer, integer, jsonb);');
  }
}
