export declare const Decl: number;
