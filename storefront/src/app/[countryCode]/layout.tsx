import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { regionForCountry } from "@/lib/data/regions"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

export default async function CountryLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ countryCode: string }>
}) {
  const { countryCode } = await params
  const region = await regionForCountry(countryCode)
  if (!region) {
    notFound()
  }
  return (
    <>
      <SiteHeader countryCode={countryCode} regionName={region.name} />
      {children}
      <SiteFooter countryCode={countryCode} />
    </>
  )
}
