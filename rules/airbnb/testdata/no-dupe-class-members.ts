export class A {
  f() {}

  f() {} // want "Duplicate name 'f'."

  static f() {}

  get g() { return 1; }

  set g(v: number) { console.log(v); }

  h = 1;

  h() {} // want "no-dupe-class-members"

  o(x: string): void;

  o(x: number): void;

  o(x: unknown) { console.log(x); }

  ['c']() {}

  ['c']() {}

  #p() {}

  'q'() {}

  q() {} // want "no-dupe-class-members"
}
