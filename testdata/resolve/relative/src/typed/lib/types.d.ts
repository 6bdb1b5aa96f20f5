export declare const f: number;
