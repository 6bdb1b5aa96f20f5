declare const url: string;
declare const blank: boolean;

export const a = <a href="https://x.org" target="_blank">x</a>; // want "Using target=\"_blank\" without rel=\"noreferrer\""
export const b = <a href="https://x.org" target="_blank" rel="noreferrer">x</a>;
export const c = <a href="https://x.org" target="_blank" rel="noopener">x</a>; // want "react/jsx-no-target-blank"
export const d = <a href="/local" target="_blank">x</a>;
export const e = <a href={url} target="_blank">x</a>; // want "react/jsx-no-target-blank"
export const f = <a href="//cdn.org/x" target="_BLANK" rel="nofollow">x</a>; // want "react/jsx-no-target-blank"
export const g = <a href="mailto:a@b.c" target={blank ? '_blank' : undefined}>x</a>; // want "react/jsx-no-target-blank"
export const h = <a href={url} target="_blank" rel={'noopener noreferrer'}>x</a>;
export const i = <a href={url} target="_blank" rel>x</a>; // want "react/jsx-no-target-blank"
export const j = <a href="https://x.org" target="_self">x</a>;
export const k = <a href={url} target="_blank" rel={'noopener'}>x</a>; // want "react/jsx-no-target-blank"
export const l = <a href="https://x.org" target="_blank" rel="noopener noreferrer">x</a>;
export const m = <a href={url} target="_blank" rel={blank ? 'noreferrer' : 'noopener'}>x</a>; // want "react/jsx-no-target-blank"
export const n = <form action="https://x.org" target="_blank" />;
