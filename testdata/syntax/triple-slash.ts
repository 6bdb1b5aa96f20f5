/// <reference path="./globals.d.ts" />
/// <reference types="node" />
/// <reference lib="es2022" />
/// <amd-module name="TripleSlash" />
// Triple-slash directives are comments that must stay before the first statement.

/// <reference path="./ignored-after-comment.d.ts" />
export const version: string = "1.0.0";
/// <reference path="./not-a-directive-here.d.ts" />
