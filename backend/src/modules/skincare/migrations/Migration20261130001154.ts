import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130001154 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "skincare_profile" ("id" text not null, "product_type" text not null, "key_ingredients" text[] not null, "inci" text not null, "skin_types" text[] not null, "concerns" text[] not null, "how_to_use" text not null, "time_of_day" text check ("time_of_day" in ('am', 'pm', 'am_pm')) not null, "frequency" text check ("frequency" in ('daily', 'twice_daily', 'one_to_two_weekly', 'weekly')) not null, "warnings" text[] not null, "pregnancy_safe" boolean not null default true, "fragrance_free" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "skincare_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_skincare_profile_deleted_at" ON "skincare_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_skincare_profile_pregnancy_safe" ON "skincare_profile" ("pregnancy_safe") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_skincare_profile_fragrance_free" ON "skincare_profile" ("fragrance_free") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "variant_size" ("id" text not null, "volume_ml" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "variant_size_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_variant_size_deleted_at" ON "variant_size" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "skincare_profile" cascade;`);

    this.addSql(`drop table if exists "variant_size" cascade;`);
  }

}
