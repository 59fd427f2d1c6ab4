import { describe, expect, it } from "vitest"
import { CONCERNS, ROUTINE_MINUTES, SKIN_TYPES } from "@lacremeluxe/shared"
import {
  answersFromParams,
  answersToParams,
  firstUnanswered,
  quizHref,
  quizStepNumber,
  readSavedRoutine,
  readStepAnswer,
  resultHref,
  routineRequest,
  savedRoutine,
  type SharedAnswers,
} from "./routine-quiz"

const complete: SharedAnswers = {
  skin: "oily",
  concerns: ["visible-pores", "blackheads"],
  fragrance: true,
  minutes: 10,
  budget: 60,
}

describe("answers in the URL", () => {
  it("round-trips every skin type, concern, fragrance answer, time and budget", () => {
    for (const skin of SKIN_TYPES) {
      for (const minutes of ROUTINE_MINUTES) {
        for (const fragrance of [true, false]) {
          for (const budget of [null, 35, 12.5]) {
            const answers: SharedAnswers = { skin, concerns: [...CONCERNS], fragrance, minutes, budget }
            expect(answersFromParams(answersToParams(answers))).toEqual(answers)
          }
        }
      }
    }
  })

  it("writes the link the brief describes, in a stable order", () => {
    expect(resultHref("de", complete)).toBe(
      "/de/routine/result?skin=oily&concerns=visible-pores%2Cblackheads&fragrance=yes&minutes=10&budget=60"
    )
    expect(quizHref("us", 2, { skin: "dry" })).toBe("/us/routine?step=2&skin=dry#quiz")
    expect(quizHref("de", 1, {})).toBe("/de/routine?step=1#quiz")
  })

  it("never reads or writes a pregnancy answer, even when a URL carries one", () => {
    const answers = answersFromParams(new URLSearchParams("skin=dry&pregnant=yes&pregnancy=yes&fragrance=no"))
    expect(answers).toEqual({ skin: "dry", fragrance: false })
    expect(answersToParams({ ...complete, pregnant: true } as SharedAnswers).toString()).not.toMatch(/pregnan/)
    expect(resultHref("de", complete)).not.toMatch(/pregnan/)
  })

  it("drops unknown values and duplicate concerns instead of failing", () => {
    expect(
      answersFromParams({ skin: "scaly", concerns: "blackheads,wrinkles,blackheads", minutes: "7", budget: "-5" })
    ).toEqual({ concerns: ["blackheads"] })
    expect(answersFromParams({ concerns: "" })).toEqual({ concerns: [] })
    expect(answersFromParams({ budget: "none" })).toEqual({ budget: null })
    expect(answersFromParams({ skin: ["normal", "dry"] })).toEqual({ skin: "normal" })
  })

  it("reads the question number, falling back to the first", () => {
    expect(quizStepNumber({ step: "3" })).toBe(3)
    for (const step of ["0", "7", "2.5", "x", undefined]) {
      expect(quizStepNumber({ step })).toBe(1)
    }
  })
})

describe("one question's answer", () => {
  it("accepts each store value and refuses anything else with a sentence", () => {
    for (const skin of SKIN_TYPES) {
      expect(readStepAnswer("skin", { skin })).toEqual({ ok: true, answers: { skin } })
    }
    expect(readStepAnswer("skin", {})).toMatchObject({ ok: false, message: expect.stringMatching(/skin type/) })
    expect(readStepAnswer("concerns", {}, ["dryness", "dullness"])).toEqual({
      ok: true,
      answers: { concerns: ["dryness", "dullness"] },
    })
    expect(readStepAnswer("concerns", {}, [])).toEqual({ ok: true, answers: { concerns: [] } })
    expect(readStepAnswer("concerns", {}, ["acne"]).ok).toBe(false)
    expect(readStepAnswer("minutes", { minutes: "20" })).toEqual({ ok: true, answers: { minutes: 20 } })
    expect(readStepAnswer("minutes", { minutes: "15" }).ok).toBe(false)
    expect(readStepAnswer("fragrance", { fragrance: "no" })).toEqual({ ok: true, answers: { fragrance: false } })
    expect(readStepAnswer("budget", { budget: "" })).toEqual({ ok: true, answers: { budget: null } })
    expect(readStepAnswer("budget", { budget: "45,50" })).toEqual({ ok: true, answers: { budget: 45.5 } })
    for (const budget of ["-1", "0", "abc", "1000000"]) {
      expect(readStepAnswer("budget", { budget }).ok).toBe(false)
    }
  })

  it("keeps the pregnancy answer apart from the shareable answers", () => {
    expect(readStepAnswer("pregnancy", { pregnancy: "yes" })).toEqual({ ok: true, answers: {}, pregnant: true })
    expect(readStepAnswer("pregnancy", { pregnancy: "no" })).toEqual({ ok: true, answers: {}, pregnant: false })
    expect(readStepAnswer("pregnancy", { pregnancy: "maybe" }).ok).toBe(false)
  })
})

describe("the plan's request", () => {
  it("names the first question left to answer", () => {
    expect(firstUnanswered({}, undefined)).toBe(1)
    expect(firstUnanswered({ skin: "oily" }, undefined)).toBe(3)
    expect(firstUnanswered({ skin: "oily" }, false)).toBe(4)
    expect(firstUnanswered({ skin: "oily", fragrance: false }, true)).toBe(5)
    expect(firstUnanswered({ skin: "oily", fragrance: false, minutes: 5 }, true)).toBeNull()
  })

  it("is the shared contract's body once every answer is in, and null before", () => {
    expect(routineRequest("reg_1", complete, true)).toEqual({
      region_id: "reg_1",
      skin_type: "oily",
      concerns: ["visible-pores", "blackheads"],
      pregnant: true,
      fragrance_sensitive: true,
      minutes: 10,
      budget: 60,
    })
    expect(routineRequest("reg_1", { skin: "dry", fragrance: false, minutes: 5 }, false)).toMatchObject({
      concerns: [],
      budget: null,
    })
    expect(routineRequest("reg_1", complete, undefined)).toBeNull()
    expect(routineRequest("reg_1", { ...complete, minutes: undefined }, false)).toBeNull()
  })
})

describe("a routine saved to an account", () => {
  const now = new Date("2026-12-03T09:00:00Z")

  it("keeps the pregnancy answer only with consent", () => {
    for (const pregnant of [true, false]) {
      expect(savedRoutine(complete, pregnant, false, now)).toEqual({
        answers: complete,
        saved_at: "2026-12-03T09:00:00.000Z",
      })
      expect(savedRoutine(complete, pregnant, true, now).pregnant).toBe(pregnant)
    }
    expect(savedRoutine(complete, undefined, true, now)).not.toHaveProperty("pregnant")
  })

  it("is read back from metadata, and anything malformed is ignored", () => {
    const saved = savedRoutine(complete, true, true, now)
    expect(readSavedRoutine({ routine: JSON.parse(JSON.stringify(saved)) })).toEqual(saved)
    expect(readSavedRoutine({ routine: { answers: { skin: "oily", concerns: "x" } } })).toEqual({
      answers: { skin: "oily" },
      pregnant: undefined,
      saved_at: "",
    })
    for (const metadata of [null, undefined, {}, { routine: "oily" }, { routine: { answers: { skin: "scaly" } } }]) {
      expect(readSavedRoutine(metadata)).toBeNull()
    }
  })
})
