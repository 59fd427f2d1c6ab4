import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { regionForCountry } from "@/lib/data/regions"
import { getRoutine } from "@/lib/data/routine"
import { RoutineTemplate } from "@/modules/routine/templates/routine-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** No page is built at build time (the backend need not run then); each country's page is generated on first visit and cached. */
export function generateStaticParams(): { countryCode: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return {
    title: "Pore care, step by step",
    alternates: { canonical: `/${countryCode}` },
    openGraph: {
      title: "LACREMELUXE — pore care, step by step",
      description: "Six steps to clean, barely-there pores, and the products for each.",
      type: "website",
    },
  }
}

export default async function HomePage({ params }: Props) {
  const { countryCode } = await params
  const region = await regionForCountry(countryCode)
  if (!region) {
    notFound()
  }
  const steps = await getRoutine(region)
  return <RoutineTemplate steps={steps} region={region} countryCode={countryCode} />
}
