import React from 'react';

declare const t: 'button' | 'submit';
declare const ok: boolean;

export const a = <button>x</button>; // want "Missing an explicit type attribute for button"
export const b = <button type="button">x</button>;
export const c = <button type="submit" />;
export const d = <button type="reset" />; // want "\"reset\" is an invalid value for button type attribute"
export const e = <button type="foo" />; // want "\"foo\" is an invalid value"
export const f = <button type={t} />; // want "must be specified by a static string or a trivial ternary"
export const g = <button type={ok ? 'button' : 'submit'} />;
export const h = <button type={ok ? 'button' : 'reset'} />; // want "\"reset\" is an invalid value"
export const i = <button type={'button'} />;
export const j = <button type={`submit`} />;
export const k = <button type />; // want "\"true\" is an invalid value"
export const l = <button {...{ type: 'button' }} />;
export const m = <button {...{ kind: 'button' }} />; // want "Missing an explicit type"
export const n = <button TYPE="button" />;
export const o = <Button />;
export const p = React.createElement('button'); // want "Missing an explicit type"
export const q = React.createElement('button', { type: 'submit' });
export const r = React.createElement('button', { type: 'reset' }); // want "\"reset\" is an invalid value"
export const s = React.createElement('button', { type: t }); // want "trivial ternary"
export const u = <button
  type="button"
  onClick={() => {}}
>
  y
</button>;
declare function Button(): JSX.Element;
