import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130061649 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "skincare_profile" alter column "pregnancy_safe" type boolean using ("pregnancy_safe"::boolean);`);
    this.addSql(`alter table if exists "skincare_profile" alter column "pregnancy_safe" set default false;`);
    this.addSql(`alter table if exists "skincare_profile" alter column "fragrance_free" type boolean using ("fragrance_free"::boolean);`);
    this.addSql(`alter table if exists "skincare_profile" alter column "fragrance_free" set default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "skincare_profile" alter column "pregnancy_safe" type boolean using ("pregnancy_safe"::boolean);`);
    this.addSql(`alter table if exists "skincare_profile" alter column "pregnancy_safe" set default true;`);
    this.addSql(`alter table if exists "skincare_profile" alter column "fragrance_free" type boolean using ("fragrance_free"::boolean);`);
    this.addSql(`alter table if exists "skincare_profile" alter column "fragrance_free" set default true;`);
  }

}
