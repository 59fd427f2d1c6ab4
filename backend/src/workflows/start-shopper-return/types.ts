export type StartShopperReturnInput = {
  order_id: string
  items: { id: string; quantity: number; reason_id?: string; note?: string }[]
}
