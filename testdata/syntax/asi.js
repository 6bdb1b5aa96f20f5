// Automatic semicolon insertion and restricted productions.
export function restricted(a, b) {
  let x = a
  let y = b
  x
  ++y
  const f = function () {
    return
      x + y
  }
  const list = [1, 2]
  ;[x, y] = [y, x]
  ;(function iife() {})()
  const g = a
  /re/g.test("") // division: g = a / re / g.test("")
  throw new Error(
    "multi-line throw argument is fine"
  )
}

export const noSemis = () => {
  let i = 0
  do i++
  while (i < 3)
  if (i) i--
  else i++
  return i
}

export class Fields {
  a = 1
  b
  static c = 2
  ;["computed"] = 3
  value() { return this.a }
}
