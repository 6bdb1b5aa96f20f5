declare const loc: { href: string };

loc.href = 'javascript:void(0)'; // want "Script URL is a form of eval."
loc.href = `JavaScript:alert(1)`; // want "no-script-url"
loc.href = '/home';
export const a = <a href="javascript:void(0)">x</a>; // want "no-script-url"
declare function tag(s: TemplateStringsArray): string;
export const t = tag`javascript:x`;
