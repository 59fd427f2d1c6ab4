import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "skincare_profile" add column if not exists "actives" jsonb null, add column if not exists "max_uses_per_week" integer null, add column if not exists "starting_uses_per_week" integer null, add column if not exists "amount_per_use_ml" real null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "skincare_profile" drop column if exists "actives", drop column if exists "max_uses_per_week", drop column if exists "starting_uses_per_week", drop column if exists "amount_per_use_ml";`);
  }

}
