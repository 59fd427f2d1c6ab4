import { z } from "zod"

/**
 * The schema an admin form validates with: the form's values (as typed) are turned into the API's
 * body by `toBody`, then checked by the API's own `schema`, so the form shows the API's sentences
 * beside its fields and submits what the API will accept.
 */
export const formSchema = <Values, Schema extends z.ZodType>(
  toBody: (values: Values) => z.input<Schema>,
  schema: Schema
) =>
  z
    .custom<Values>()
    .transform(toBody)
    // zod cannot relate the transform's output ("the schema's input") to the schema generically.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    .pipe(schema as z.ZodType<z.output<Schema>, any>)
