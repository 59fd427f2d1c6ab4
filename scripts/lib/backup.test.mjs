import { describe, expect, it } from "vitest"
import { archiveName, backupFolder, clientMajor, serverMajor, versionMismatch } from "./backup.mjs"

const debianPgDump = "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n"

describe("the backup's version check", () => {
  it("reads the client's major version from --version and the server's from server_version_num", () => {
    expect(clientMajor(debianPgDump)).toBe(15)
    expect(clientMajor("pg_restore (PostgreSQL) 18.4")).toBe(18)
    expect(clientMajor("pg_dump (PostgreSQL) 9.6.24")).toBe(9.6)
    expect(clientMajor("something else")).toBeNull()
    expect(serverMajor("150020")).toBe(15)
    expect(serverMajor("180004")).toBe(18)
    expect(serverMajor(90624)).toBe(9.6)
  })

  it("lets a pg_dump of the server's major version through", () => {
    expect(
      versionMismatch({ tool: "pg_dump", clientVersion: debianPgDump, serverVersionNum: "150020", where: "db:5432" })
    ).toBeNull()
  })

  it("refuses with a sentence naming both versions when they differ", () => {
    expect(
      versionMismatch({ tool: "pg_dump", clientVersion: debianPgDump, serverVersionNum: "180004", where: "db:5432" })
    ).toBe(
      "pg_dump is version 15 but the PostgreSQL server at db:5432 is version 18: pg_dump must be of the server's major version."
    )
    expect(
      versionMismatch({
        tool: "pg_restore",
        clientVersion: "pg_restore (PostgreSQL) 16.1",
        serverVersionNum: "150020",
        where: "db:5432",
      })
    ).toBe(
      "pg_restore is version 16 but the PostgreSQL server at db:5432 is version 15: pg_restore must be of the server's major version."
    )
    expect(
      versionMismatch({ tool: "pg_dump", clientVersion: "oops", serverVersionNum: "150020", where: "db:5432" })
    ).toBe(
      'pg_dump did not say its version ("oops"), so it cannot be checked against the PostgreSQL 15 server at db:5432.'
    )
  })
})

describe("the backup's archive", () => {
  it("is named after the UTC minute it was taken, with a counter when that name is taken", () => {
    const at = new Date("2026-12-03T09:30:59.999Z")
    expect(archiveName(at)).toBe("lacremeluxe-2026-12-03T0930Z.tar.gz")
    expect(archiveName(at, 2)).toBe("lacremeluxe-2026-12-03T0930Z-2.tar.gz")
  })

  it("goes to --dir, else BACKUP_DIR, both relative to where npm was run, else backups/", () => {
    expect(backupFolder(["--dir", "here"], { INIT_CWD: "/home/me", BACKUP_DIR: "/srv/b" })).toBe("/home/me/here")
    expect(backupFolder([], { INIT_CWD: "/home/me", BACKUP_DIR: "/srv/b" })).toBe("/srv/b")
    expect(backupFolder([], {})).toMatch(/\/backups$/)
  })
})
