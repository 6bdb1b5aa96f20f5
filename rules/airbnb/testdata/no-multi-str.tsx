export const s = /* want "Multiline support is limited" */ 'a \
  b';
export const t = `a
  b`;
export const el = <div title="x
y" />;
