declare const k: string;

export const o = { ['a']: 1, [k]: 2, [0]: 3, ['__proto__']: 4, b: 5 }; // want "Unnecessarily computed property .'a'. found." "Unnecessarily computed property .0. found."
const { ['a']: x } = o; // want "no-useless-computed-key"
export class C {
  ['m']() { return x; }
}
