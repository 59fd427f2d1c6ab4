import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261203123214 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "refill_reminder" drop constraint if exists "refill_reminder_order_id_unique";`);
    this.addSql(`create table if not exists "refill_reminder" ("id" text not null, "order_id" text not null, "customer_id" text null, "email" text not null, "country_code" text not null, "status" text check ("status" in ('scheduled', 'sent', 'canceled')) not null default 'scheduled', "runs_out_at" timestamptz not null, "send_at" timestamptz not null, "items" jsonb not null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "refill_reminder_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_refill_reminder_order_id_unique" ON "refill_reminder" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_refill_reminder_deleted_at" ON "refill_reminder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_refill_reminder_status_send_at" ON "refill_reminder" ("status", "send_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_refill_reminder_customer_id" ON "refill_reminder" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_refill_reminder_email" ON "refill_reminder" ("email") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_alert" ("id" text not null, "email" text not null, "variant_id" text not null, "customer_id" text null, "sales_channel_id" text not null, "country_code" text not null, "status" text check ("status" in ('pending', 'confirmed', 'ended')) not null default 'pending', "confirmed_at" timestamptz null, "ended_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_deleted_at" ON "stock_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_variant_id_status" ON "stock_alert" ("variant_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_email" ON "stock_alert" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_alert_customer_id" ON "stock_alert" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "refill_reminder" cascade;`);

    this.addSql(`drop table if exists "stock_alert" cascade;`);
  }

}
