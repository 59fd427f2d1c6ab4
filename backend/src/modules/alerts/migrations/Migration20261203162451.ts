import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203162451 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "refill_reminder" add column if not exists "locale" text not null default 'en-GB';`);

    this.addSql(`alter table if exists "stock_alert" add column if not exists "locale" text not null default 'en-GB';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "refill_reminder" drop column if exists "locale";`);

    this.addSql(`alter table if exists "stock_alert" drop column if exists "locale";`);
  }

}
