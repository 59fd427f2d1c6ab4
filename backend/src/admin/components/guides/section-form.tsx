import { zodResolver } from "@hookform/resolvers/zod"
import { MAX_PRECAUTIONS } from "@lacremeluxe/shared"
import { Badge, Button, Container, Heading, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useForm, useWatch } from "react-hook-form"
import { FormError } from "../form/form-error"
import { FormField } from "../form/form-field"
import { type Option, OptionSelect } from "../form/option-select"
import {
  type GuideSection,
  errorMessage,
  isStep,
  useBundleOptions,
  useCategoryOptions,
  useUpdateGuideSection,
} from "../../lib/guides"
import { NONE, buildSectionPayload, sameValues, sectionFormSchema, toBody, toFormValues } from "../../lib/section-form"
import { SectionKindBadge } from "./section-kind-badge"

/** A select's options: "None", then the loaded ones, plus the saved one if it isn't among them. */
function optionsWith<T extends { id: string }>(
  loaded: readonly T[] | undefined,
  current: T | null,
  label: (item: T) => string
): Option[] {
  const list = [...(loaded ?? [])]
  if (current && !list.some((item) => item.id === current.id)) {
    list.unshift(current)
  }
  return [{ value: NONE, label: "None" }, ...list.map((item) => ({ value: item.id, label: label(item) }))]
}

type SectionFormProps = {
  guideHandle: string
  section: GuideSection
}

/**
 * One guide section in its own card, edited in place. Steps also get "how often", precautions,
 * category and bundle. The form keeps what was typed when a save fails, so nothing is lost.
 */
export const SectionForm = ({ guideHandle, section }: SectionFormProps) => {
  const domId = `section-${section.id}`
  const step = isStep(section)

  const schema = useMemo(() => sectionFormSchema(section.kind), [section.kind])
  const form = useForm({ defaultValues: toFormValues(section), resolver: zodResolver(schema) })
  const { control } = form
  const { isDirty } = form.formState
  const [serverError, setServerError] = useState<string>()

  // When the saved section changes (refetch, or someone else's save) and this form has no edits
  // of its own, follow it; edits in progress are never overwritten.
  useEffect(() => {
    if (!form.formState.isDirty) {
      form.reset(toFormValues(section))
    }
  }, [section, form])

  const categories = useCategoryOptions()
  const bundles = useBundleOptions()
  const { mutate, isPending } = useUpdateGuideSection(guideHandle)

  const values = useWatch({ control })
  const { changed } = buildSectionPayload(section, toBody(section.kind, { ...toFormValues(section), ...values }))

  const onSubmit = form.handleSubmit((body) => {
    if (isPending) {
      return
    }
    const submitted = form.getValues()
    setServerError(undefined)
    mutate(
      { sectionId: section.id, input: buildSectionPayload(section, body).payload },
      {
        onSuccess: (saved) => {
          // Show what the API stored (it may normalize), unless the form was edited meanwhile.
          if (sameValues(form.getValues(), submitted)) {
            form.reset(toFormValues(saved))
          }
          toast.success("Section saved")
        },
        onError: (error) => setServerError(errorMessage(error, "The section could not be saved.")),
      }
    )
  })

  const onDiscard = () => {
    form.reset(toFormValues(section))
    setServerError(undefined)
  }

  const categoryOptions = optionsWith(categories.data, section.category, (category) => category.name)
  const bundleOptions = optionsWith(bundles.data, section.bundle, (bundle) => bundle.title)

  const headingId = `${domId}-heading`
  const errorId = `${domId}-error`

  return (
    <Container id={domId} className="scroll-mt-4 divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
        <div className="flex min-w-0 items-center gap-x-3">
          <Text size="small" leading="compact" className="text-ui-fg-muted tabular-nums">
            <span className="sr-only">Position </span>
            {section.position}
          </Text>
          <Heading level="h2" id={headingId} className="truncate">
            {section.title || section.handle}
          </Heading>
          <SectionKindBadge kind={section.kind} />
        </div>
        <div className="flex items-center gap-x-2">
          {changed ? (
            <Badge size="2xsmall" color="orange">
              Unsaved changes
            </Badge>
          ) : null}
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {section.handle}
          </Text>
        </div>
      </div>

      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={headingId}
        aria-describedby={serverError ? errorId : undefined}
      >
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <FormError id={errorId} title="The section was not saved." message={serverError} />

          <FormField control={control} name="title" id={`${domId}-title`} label="Title">
            {(field, props) => <Input {...field} {...props} autoComplete="off" aria-required="true" />}
          </FormField>

          <FormField
            control={control}
            name="body"
            id={`${domId}-body`}
            label="Body"
            hint={
              <>
                Markdown: paragraphs, **bold**, lists and links. Link a product type to its store category with [clay
                mask](category:mask).
              </>
            }
          >
            {(field, props) => (
              <Textarea {...field} {...props} rows={step ? 14 : 10} className="min-h-[240px] font-mono" spellCheck />
            )}
          </FormField>

          {step ? (
            <>
              <FormField
                control={control}
                name="how_often"
                id={`${domId}-how-often`}
                label="How often"
                optional
                hint="One short line, e.g. “Every evening”."
              >
                {(field, props) => <Input {...field} {...props} autoComplete="off" />}
              </FormField>

              <FormField
                control={control}
                name="precautions"
                id={`${domId}-precautions`}
                label="Precautions"
                optional
                hint={`One precaution per line, at most ${MAX_PRECAUTIONS}. Empty lines are ignored.`}
              >
                {(field, props) => <Textarea {...field} {...props} rows={4} />}
              </FormField>

              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <FormField
                  control={control}
                  name="category_id"
                  id={`${domId}-category`}
                  label="Category"
                  hint={
                    categories.isError
                      ? `Categories could not be loaded: ${errorMessage(categories.error)}`
                      : categories.isPending
                        ? "Loading categories…"
                        : "The product category this step links to."
                  }
                >
                  {({ ref, ...field }, props) => (
                    <OptionSelect
                      {...field}
                      control={props}
                      triggerRef={ref}
                      placeholder="Choose a category"
                      options={categoryOptions}
                    />
                  )}
                </FormField>

                <FormField
                  control={control}
                  name="bundle_id"
                  id={`${domId}-bundle`}
                  label="Bundle (shop this step)"
                  hint={
                    bundles.isError
                      ? `Bundles could not be loaded: ${errorMessage(bundles.error)}`
                      : bundles.isPending
                        ? "Loading bundles…"
                        : bundles.data && bundles.data.length === 0
                          ? "No bundle products yet (products of the type “Bundle”)."
                          : "The bundle offered under this step."
                  }
                >
                  {({ ref, ...field }, props) => (
                    <OptionSelect
                      {...field}
                      control={props}
                      triggerRef={ref}
                      placeholder="Choose a bundle"
                      options={bundleOptions}
                    />
                  )}
                </FormField>
              </div>
            </>
          ) : null}
        </div>

        <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-2 px-6 py-4">
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={onDiscard}
            disabled={(!changed && !isDirty) || isPending}
          >
            Discard changes
          </Button>
          <Button type="submit" size="small" isLoading={isPending} disabled={isPending}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}
