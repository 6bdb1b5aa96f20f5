declare const name: string;

export const a = 'Hello ${name}'; // want "Unexpected template string expression."
export const b = "${x}"; // want "no-template-curly-in-string"
export const c = `Hello ${name}`;
export const d = '${}';
export const e = '$name';
export const f = <div title="${name}" />; // want "no-template-curly-in-string"
export type T = '${a}'; // want "no-template-curly-in-string"
