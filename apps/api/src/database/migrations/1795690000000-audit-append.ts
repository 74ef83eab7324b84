// The audit chain is appended at commit, on the server (issue 18, audit throughput). The
// chain's lock used to be held from the moment a change recorded its event until the change
// committed: four round trips between the app and the database (lock, read the newest hash,
// insert, move the head record) and then the commit, each waiting for its turn on a busy
// process's event loop, so that nearly every writing connection queued on the lock
// (bench/cluster.ts). Now AuditService.record writes the event to audit_pending, with no
// lock; a deferred trigger chains it when the transaction commits: under the same
// transaction-scoped lock it reads the newest hash, hashes the event exactly as the app
// would (SHA-256 of the previous hash, a newline and the event's canonical JSON, which the
// app makes), inserts it into audit_event, moves the head record and removes the pending
// row. The lock is held only inside the server, for the last moment of the commit. Chain
// order (seq) is still commit order; the chain, its head record and how they are verified
// do not change.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditAppend1795690000000 implements MigrationInterface {
  name = 'AuditAppend1795690000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Empty except inside a transaction that recorded an event and has not committed yet.
    await queryRunner.query(
      `CREATE TABLE "audit_pending" (` +
        `"ord" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, ` +
        `"id" uuid NOT NULL, ` +
        `"at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"actor_id" uuid, ` +
        `"organisation_id" uuid, ` +
        `"party_ids" uuid array NOT NULL, ` +
        `"action" text NOT NULL, ` +
        `"entity_type" text NOT NULL, ` +
        `"entity_id" uuid NOT NULL, ` +
        `"before" jsonb, ` +
        `"after" jsonb, ` +
        `"seal_key" text, ` +
        `"hashed_text" text NOT NULL, ` +
        `CONSTRAINT "audit_pending_pkey" PRIMARY KEY ("ord"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_chain_pending"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous text;
  hashed text;
BEGIN
  -- A snapshot older than the lock could miss the last event and fork the chain: under
  -- READ COMMITTED each statement below takes its snapshot after the lock is granted.
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'AuditService.record needs a READ COMMITTED transaction, not %',
      current_setting('transaction_isolation');
  END IF;
  IF TG_WHEN = 'BEFORE' THEN
    RETURN NEW;
  END IF;
  -- 'regieaud' (AUDIT_CHAIN_LOCK): held until the commit ends, so that chain order (seq)
  -- is commit order and no two events name the same predecessor.
  PERFORM pg_advisory_xact_lock(8243108395341673828);
  SELECT e."hash" INTO previous FROM "audit_event" e ORDER BY e."seq" DESC LIMIT 1;
  hashed := encode(sha256(convert_to(coalesce(previous, '') || E'\\n' || NEW."hashed_text", 'UTF8')), 'hex');
  INSERT INTO "audit_event" ("id", "at", "actor_id", "organisation_id", "party_ids", "action",
      "entity_type", "entity_id", "before", "after", "seal_key", "previous_hash", "hash")
    VALUES (NEW."id", NEW."at", NEW."actor_id", NEW."organisation_id", NEW."party_ids",
      NEW."action", NEW."entity_type", NEW."entity_id", NEW."before", NEW."after",
      NEW."seal_key", previous, hashed);
  -- The head record moves with the chain, in the same transaction and under the same lock.
  UPDATE "audit_head" SET "event_count" = "event_count" + 1, "head_hash" = hashed,
    "updated_at" = NEW."at";
  IF NOT FOUND THEN
    -- Only someone working around its trigger removes it: continuing without it would hide that.
    RAISE EXCEPTION 'AuditService.record: the audit chain has no head record (audit_head)';
  END IF;
  DELETE FROM "audit_pending" WHERE "ord" = NEW."ord";
  RETURN NULL;
END
$$`,
    );
    // At once: a transaction that could fork the chain is refused when it records.
    await queryRunner.query(
      `CREATE TRIGGER "audit_pending_check" BEFORE INSERT ON "audit_pending" ` +
        `FOR EACH ROW EXECUTE FUNCTION "audit_chain_pending"()`,
    );
    // At commit, in the order the events were recorded.
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "audit_pending_chain" AFTER INSERT ON "audit_pending" ` +
        `DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_chain_pending"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_pending"`);
    await queryRunner.query(`DROP FUNCTION "audit_chain_pending"()`);
  }
}
