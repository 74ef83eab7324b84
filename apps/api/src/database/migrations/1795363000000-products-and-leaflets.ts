import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy leaflets, the product's current leaflet, and the indexes of the vendor
 * search. Generated, then extended by hand with what TypeORM cannot express:
 * - regie_fold(text): letters with diacritics to their base letter (é → e, ç → c),
 *   for Latin scripts: the characters whose Unicode decomposition (NFD) is an ASCII
 *   letter and combining marks. The unaccent extension would do this, but PGlite
 *   has no extensions; translate() is built in and immutable, so it can be indexed.
 * - GIN indexes on the Dutch full-text documents (stemming: 'leerlingvolgsysteem'
 *   and 'Leerlingvolgsystemen' share a lexeme) of vendor names and of product
 *   names and descriptions. The queries repeat these expressions exactly.
 * - A trigger that refuses to change or delete a published leaflet.
 * Runs on PostgreSQL 15 and PGlite alike.
 */
export class ProductsAndLeaflets1795363000000 implements MigrationInterface {
  name = 'ProductsAndLeaflets1795363000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."leaflet_status" AS ENUM('DRAFT', 'PUBLISHED')`);
    await queryRunner.query(
      `CREATE TYPE "public"."data_subject" AS ENUM('STUDENT', 'PARENT', 'STAFF')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."personal_data_category" AS ENUM('CONTACT_DETAILS', 'ADMINISTRATION_NUMBER', 'NATIONALITY_BIRTHPLACE', 'PARENTS_GUARDIANS', 'HEALTH_WELLBEING', 'RELIGION', 'STUDY_PROGRESS', 'EDUCATION_ORGANISATION', 'FEES', 'PHOTOS_VIDEO', 'TEACHERS_MENTORS', 'LEGAL_OTHER', 'PERSONAL_NUMBER', 'IDENTIFIERS', 'USAGE_LOGS')`,
    );
    await queryRunner.query(
      `CREATE TABLE "privacy_leaflet" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_id" uuid NOT NULL, "version" integer NOT NULL, "status" "public"."leaflet_status" NOT NULL, "purposes" text array NOT NULL, "data_subjects" "public"."data_subject" array NOT NULL, "data_categories" "public"."personal_data_category" array NOT NULL, "retention" jsonb NOT NULL, "subprocessors" jsonb NOT NULL, "locations" jsonb NOT NULL, "data_outside_eea" boolean NOT NULL, "breach_notification_hours" integer NOT NULL, "privacy_contact_email" text, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "privacy_leaflet_published_at_check" CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)), CONSTRAINT "PK_c0752520e5ba9e0daae75c7f8b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "privacy_leaflet_one_draft_key" ON "privacy_leaflet" ("product_id") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "privacy_leaflet_product_version_key" ON "privacy_leaflet" ("product_id", "version") `,
    );
    await queryRunner.query(`ALTER TABLE "product" ADD "current_leaflet_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "organisation_kind_name_idx" ON "organisation" ("kind", "name", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "product_current_leaflet_idx" ON "product" ("current_leaflet_id") `,
    );
    await queryRunner.query(`CREATE INDEX "product_name_idx" ON "product" ("name", "id") `);
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "FK_1fcc043625d104ba8e957745d4c" FOREIGN KEY ("current_leaflet_id") REFERENCES "privacy_leaflet"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "privacy_leaflet" ADD CONSTRAINT "FK_38ed5b3d04e1443cb35ebab89a6" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "regie_fold"(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT translate($1, 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy') $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "product_search_idx" ON "product" USING gin (to_tsvector('dutch', regie_fold(name || ' ' || coalesce(description, ''))))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organisation_search_idx" ON "organisation" USING gin (to_tsvector('dutch', regie_fold(name)))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "privacy_leaflet_published_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'privacy_leaflet %: a published version never changes (%)', OLD.id, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "privacy_leaflet_published_immutable" BEFORE UPDATE OR DELETE ON "privacy_leaflet" ` +
        `FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION "privacy_leaflet_published_immutable"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "privacy_leaflet_published_immutable" ON "privacy_leaflet"`,
    );
    await queryRunner.query(`DROP FUNCTION "privacy_leaflet_published_immutable"()`);
    await queryRunner.query(`DROP INDEX "public"."organisation_search_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_search_idx"`);
    await queryRunner.query(`DROP FUNCTION "regie_fold"(text)`);
    await queryRunner.query(
      `ALTER TABLE "privacy_leaflet" DROP CONSTRAINT "FK_38ed5b3d04e1443cb35ebab89a6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "product" DROP CONSTRAINT "FK_1fcc043625d104ba8e957745d4c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."product_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."product_current_leaflet_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_kind_name_idx"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "current_leaflet_id"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_leaflet_product_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."privacy_leaflet_one_draft_key"`);
    await queryRunner.query(`DROP TABLE "privacy_leaflet"`);
    await queryRunner.query(`DROP TYPE "public"."personal_data_category"`);
    await queryRunner.query(`DROP TYPE "public"."data_subject"`);
    await queryRunner.query(`DROP TYPE "public"."leaflet_status"`);
  }
}
