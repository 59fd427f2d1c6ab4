import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130003918 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "guide_section" drop constraint if exists "guide_section_guide_id_handle_unique";`);
    this.addSql(`alter table if exists "guide" drop constraint if exists "guide_handle_unique";`);
    this.addSql(`create table if not exists "guide" ("id" text not null, "handle" text not null, "title" text not null, "summary" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_guide_handle_unique" ON "guide" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_deleted_at" ON "guide" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "guide_section" ("id" text not null, "handle" text not null, "kind" text check ("kind" in ('intro', 'article', 'step', 'tips', 'conclusion')) not null, "title" text not null, "body" text not null, "position" integer not null, "how_often" text null, "precautions" text[] not null, "guide_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "guide_section_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_section_guide_id" ON "guide_section" ("guide_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_guide_section_deleted_at" ON "guide_section" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_guide_section_guide_id_handle_unique" ON "guide_section" ("guide_id", "handle") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "guide_section" add constraint "guide_section_guide_id_foreign" foreign key ("guide_id") references "guide" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "guide_section" drop constraint if exists "guide_section_guide_id_foreign";`);

    this.addSql(`drop table if exists "guide" cascade;`);

    this.addSql(`drop table if exists "guide_section" cascade;`);
  }

}
