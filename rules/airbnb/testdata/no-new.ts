declare class Widget { constructor(el?: unknown); }

new Widget(1); // want "Do not use 'new' for side effects."
(new Widget()); // want "no-new"
export const w = new Widget();
