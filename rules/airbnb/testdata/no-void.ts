declare function f(): Promise<void>;

export const u = void 0; // want "Expected 'undefined' and instead saw 'void'."
void f(); // want "no-void"
