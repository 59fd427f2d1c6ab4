import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { parse as parseYaml } from "yaml"
import { z } from "@medusajs/framework/zod"
import { GUIDE_SECTION_KINDS, STEP_HANDLES } from "@lacremeluxe/shared"

const guideFrontMatter = z.object({
  handle: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
})

const sectionFrontMatter = z
  .object({
    handle: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(GUIDE_SECTION_KINDS),
    title: z.string().min(1),
    category: z.enum(STEP_HANDLES).optional(),
    bundle: z.string().optional(),
    how_often: z.string().optional(),
    precautions: z.array(z.string().min(1)).default([]),
  })
  .refine((section) => section.kind !== "step" || (section.category && section.how_often), {
    message: "a step section needs a category and a how_often line",
  })

export type GuideSeed = z.infer<typeof guideFrontMatter> & {
  sections: (z.infer<typeof sectionFrontMatter> & { body: string; position: number })[]
}

/** Splits `---\nyaml\n---\nbody` into its front matter and Markdown body. */
export function splitFrontMatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!match) {
    throw new Error("missing front matter (--- ... ---)")
  }
  return { data: parseYaml(match[1]), body: match[2].trim() }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`)
    throw new Error(`${file}: ${problems.join("; ")}`)
  }
  return parsed.data
}

/** Reads seed/guide/<folder>/: guide.md and its numbered section files, in file-name order. */
export async function readGuide(folder: string): Promise<GuideSeed> {
  const guideFile = path.join(folder, "guide.md")
  const guide = parse(guideFrontMatter, splitFrontMatter(await readFile(guideFile, "utf8")).data, guideFile)
  const files = (await readdir(folder)).filter((name) => /^\d+-.+\.md$/.test(name)).sort()
  const sections = await Promise.all(
    files.map(async (name, index) => {
      const file = path.join(folder, name)
      const { data, body } = splitFrontMatter(await readFile(file, "utf8"))
      return { ...parse(sectionFrontMatter, data, file), body, position: index + 1 }
    })
  )
  return { ...guide, sections }
}

export async function readGuides(seedDir: string): Promise<GuideSeed[]> {
  const root = path.join(seedDir, "guide")
  const entries = await readdir(root, { withFileTypes: true })
  return Promise.all(entries.filter((e) => e.isDirectory()).map((e) => readGuide(path.join(root, e.name))))
}
