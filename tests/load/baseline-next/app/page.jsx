export default function Page() {
  return (
    <main>
      <h1>Porenpflege in sechs Schritten</h1>
      <p>
        Große Poren sind kein Makel, sondern ein Zeichen dafür, wie die Haut arbeitet. Mit der richtigen Pflege wirken
        sie kleiner: reinigen, peelen, Feuchtigkeit spenden, gezielt behandeln, Masken und Sonnenschutz. Dieser
        Leitfaden führt Schritt für Schritt durch eine Routine, die zu Ihrer Haut passt.
      </p>
      <a href="/">Weiter</a>
    </main>
  )
}
