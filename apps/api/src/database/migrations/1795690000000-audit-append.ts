// Appending to the audit chain in one call on the server (issue 18, audit throughput). The
// chain's lock used to be held across four round trips between the app and the database
// (lock, read the newest hash, insert, move the head record) and then the commit: on a busy
// process every round trip waits for its turn on the event loop, so nearly every connection
// that writes queued on the lock (bench/cluster.ts). audit_append does the same four steps
// in one statement, in the same order and under the same transaction-scoped lock, and
// hashes as AuditService did (SHA-256 of the previous hash, a newline and the event's
// canonical JSON, which the app still makes): the lock is now held for one round trip and
// the commit. The chain, its head record and how they are verified do not change.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditAppend1795690000000 implements MigrationInterface {
  name = 'AuditAppend1795690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "audit_append"(
         p_id uuid, p_at timestamptz, p_actor_id uuid, p_organisation_id uuid,
         p_party_ids uuid[], p_action text, p_entity_type text, p_entity_id uuid,
         p_before jsonb, p_after jsonb, p_seal_key text, p_canonical text,
         OUT r_seq text, OUT r_previous_hash text, OUT r_hash text)
       LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  -- A snapshot older than the lock could miss the last event and fork the chain: under
  -- READ COMMITTED each statement below takes its snapshot after the lock is granted.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'AuditService.record needs a READ COMMITTED transaction, not %',
      current_setting('transaction_isolation');
  END IF;
  -- 'regieaud' (AUDIT_CHAIN_LOCK): held until the transaction ends, so that chain order
  -- (seq) is commit order and no two events name the same predecessor.
  PERFORM pg_advisory_xact_lock(8243108395341673828);
  SELECT e."hash" INTO r_previous_hash FROM "audit_event" e ORDER BY e."seq" DESC LIMIT 1;
  r_hash := encode(sha256(convert_to(coalesce(r_previous_hash, '') || E'\\n' || p_canonical, 'UTF8')), 'hex');
  INSERT INTO "audit_event" ("id", "at", "actor_id", "organisation_id", "party_ids", "action",
      "entity_type", "entity_id", "before", "after", "seal_key", "previous_hash", "hash")
    VALUES (p_id, p_at, p_actor_id, p_organisation_id, p_party_ids, p_action, p_entity_type,
      p_entity_id, p_before, p_after, p_seal_key, r_previous_hash, r_hash)
    RETURNING "seq"::text INTO r_seq;
  -- The head record moves with the chain, in the same transaction and under the same lock.
  UPDATE "audit_head" SET "event_count" = "event_count" + 1, "head_hash" = r_hash, "updated_at" = p_at;
  IF NOT FOUND THEN
    -- Only someone working around its trigger removes it: continuing without it would hide that.
    RAISE EXCEPTION 'AuditService.record: the audit chain has no head record (audit_head)';
  END IF;
END
$$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "audit_append"`);
  }
}
